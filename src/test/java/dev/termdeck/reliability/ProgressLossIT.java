package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.reliability.PlainStudy.Answer;
import dev.termdeck.testing.Launcher;
import dev.termdeck.testing.ProgressDb;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 7: the progress database's files damaged under a running {@code study --plain} (real processes,
 * the packaged launcher). The write-ahead log deleted mid-session, then SIGKILL: every acknowledged answer is in the
 * database afterwards (it used to lose all of them, and on a new database even the schema). The database cut short
 * mid-session: the next answer is not acknowledged, the session ends with one line naming the day's backup, and
 * {@code study --restore-backup} puts the backup back, keeping the damaged files.
 */
class ProgressLossIT {
    @TempDir
    Path work;

    @BeforeAll
    static void launcherIsReady() throws Exception {
        Launcher.warmUp(); // every kill and timed wait below then hits termdeck, not the archive training
    }

    @Test
    void answersAcknowledgedBeforeAndAfterTheLogIsDeletedSurviveAKill() throws Exception {
        Path deck = copyOfTheShippedDeck();
        Path home = work.resolve("data");
        Path db = home.resolve("progress.db");
        List<Answer> acked;
        try (PlainStudy s = PlainStudy.start(home, work, args(deck))) {
            s.feed("\n3\n".repeat(10));
            assertThat(s.awaitSaved(10, 60_000)).as(s.output()).isTrue();
            // A fresh database: the schema and the ten answers were all written since it was created.
            assertThat(Files.deleteIfExists(db.resolveSibling("progress.db-wal"))).isTrue();
            s.feed("\n4\n".repeat(10));
            assertThat(s.awaitSaved(20, 60_000)).as(s.output()).isTrue();
            // And once more, with no answer after it: the kill comes right after the log is gone.
            Files.deleteIfExists(db.resolveSibling("progress.db-wal"));
            s.kill();
            acked = s.acknowledged();
        }

        assertThat(acked).hasSize(20);
        assertThat(ProgressDb.column(db, "SELECT card FROM review_log ORDER BY id"))
                .as("every acknowledged answer, in order").isEqualTo(acked.stream().map(Answer::card).toList());
        assertThat(ProgressDb.statesNotMatchingTheirLastReview(db)).isEmpty();
        assertThat(ProgressDb.integrity(db)).containsExactly("ok");
    }

    @Test
    void aDatabaseCutShortStopsTheAcknowledgementsAndItsBackupCanBePutBack() throws Exception {
        Path deck = copyOfTheShippedDeck();
        Path home = work.resolve("data");
        Path db = home.resolve("progress.db");
        try (PlainStudy first = PlainStudy.start(home, work, args(deck))) {
            first.feed("\n3\n".repeat(5));
            first.closeInput();
            assertThat(first.waitForExit(60_000)).as(first.errors()).isZero();
        }
        Path backups = home.resolve("backups");
        assertThat(names(backups)).as("the day's backup, written as the first session opened the database")
                .hasSize(1).allMatch(n -> n.matches("progress-\\d{4}-\\d{2}-\\d{2}\\.db"));
        // As on the next day: no backup of today yet, so the next session writes one, with the 5 answers above.
        for (String n : names(backups)) {
            Files.delete(backups.resolve(n));
        }

        try (PlainStudy s = PlainStudy.start(home, work, args(deck))) {
            s.feed("\n3\n".repeat(5));
            assertThat(s.awaitSaved(5, 60_000)).as(s.output()).isTrue();
            try (FileChannel ch = FileChannel.open(db, StandardOpenOption.WRITE)) {
                ch.truncate(4096); // the first page only: the tables are gone
            }
            s.feed("\n3\n".repeat(5));
            assertThat(s.waitForExit(60_000)).isEqualTo(1);
            assertThat(s.acknowledged()).as("no answer acknowledged after the damage").hasSize(5);
            assertThat(s.errors()).as("one line, offering the backup")
                    .matches("termdeck: \\Q" + db + "\\E: not a termdeck progress database, or damaged; no answer is"
                            + " saved from now on\\. Your progress up to \\d{4}-\\d{2}-\\d{2} is in a backup:"
                            + " 'termdeck study --restore-backup' puts it back \\(the damaged file is kept\\)\n");
        }

        Launcher.Result restored = Launcher.run(home, work, "\n3\n", "study", "--plain", "--lang", "en",
                "--restore-backup", "--new", "100", "--mode", "flip", "--direction", "en-zh", deck.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.err()).startsWith("termdeck: " + db + ": restored the backup of ");
        assertThat(ProgressDb.integrity(db)).containsExactly("ok");
        assertThat(ProgressDb.number(db, "SELECT count(*) FROM review_log"))
                .as("the backup's 5 answers (those of the first session) and the one just given").isEqualTo(6);
        assertThat(names(backups)).hasSize(1);
        assertThat(names(home)).as("the damaged files kept beside it")
                .anyMatch(n -> n.matches("progress\\.db\\.damaged-\\d{8}-\\d{6}"));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path copyOfTheShippedDeck() throws IOException {
        Path deck = Files.createDirectories(work.resolve("decks")).resolve("ml-abstracts.deck.json");
        Files.copy(Path.of("decks/ml-abstracts.deck.json"), deck);
        return deck;
    }

    private static List<String> args(Path deck) {
        return List.of("--new", "100000", "--mode", "flip", "--direction", "en-zh", deck.toString());
    }
}
