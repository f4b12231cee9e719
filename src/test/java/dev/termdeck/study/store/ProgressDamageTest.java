package dev.termdeck.study.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.Fsrs;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.store.ProgressStoreException.Damage;
import dev.termdeck.study.store.ProgressStoreException.Problem;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress database's files changed under an open store (issue 15, item 7), and its daily backups: an answer is
 * in the database file when {@code record} returns; a log deleted under the store loses nothing; a database cut
 * short, replaced or removed fails the next write and every one after, naming the newest backup; backups are one
 * a day, the last seven, and one can be put back.
 */
class ProgressDamageTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults().withFuzz(false));
    private final Random random = new Random(7);

    @Test
    void anAnswerIsInTheDatabaseFileWhenRecordReturns() throws Exception {
        Path db = dir.resolve("progress.db");
        try (ProgressStore store = ProgressStore.open(db)) {
            answer(store, "a", 0);
            answer(store, "b", 1);
            // What a reader sees of the database file alone, as if the log were gone.
            Path copy = Files.copy(db, dir.resolve("copy.db"));
            assertThat(count(copy)).isEqualTo(2);
        }
    }

    @Test
    void aLogDeletedUnderTheStoreLosesNoAnswerAndLaterAnswersGoToANewLog() throws Exception {
        Path db = dir.resolve("progress.db");
        Path wal = dir.resolve("progress.db-wal");
        try (ProgressStore store = ProgressStore.open(db)) {
            answer(store, "a", 0);
            Files.delete(wal);
            answer(store, "b", 1);
            assertThat(wal).as("a log at its name again").exists();
            answer(store, "c", 2);
            assertThat(count(Files.copy(db, dir.resolve("copy.db")))).isEqualTo(3);
        }
        assertThat(count(db)).isEqualTo(3);
    }

    @Test
    void aDatabaseCutShortFailsTheNextWriteAndEveryOneAfter() throws Exception {
        Path db = dir.resolve("progress.db");
        try (ProgressStore store = ProgressStore.open(db)) {
            ProgressBackups.daily(store, DAY);
            for (int i = 0; i < 20; i++) {
                answer(store, "card" + i, i);
            }
            try (FileChannel ch = FileChannel.open(db, StandardOpenOption.WRITE)) {
                ch.truncate(4096);
            }

            assertThatThrownBy(() -> answer(store, "x", 30)).isInstanceOfSatisfying(ProgressStoreException.class,
                    e -> {
                        assertThat(e.problem()).isEqualTo(Problem.DAMAGED);
                        assertThat(e.damage()).isEqualTo(Damage.CUT_SHORT);
                        assertThat(e.backup().day()).isEqualTo(DAY);
                        assertThat(e.getMessage()).isEqualTo(db.toAbsolutePath() + ": not a termdeck progress"
                                + " database, or damaged (the database file was cut short); no answer is saved from"
                                + " now on. Your progress up to 2026-11-22 is in a backup: 'termdeck study"
                                + " --restore-backup' puts it back (the damaged file is kept)");
                    });
            // Even a write SQLite itself would let through (its cache still has the pages) is refused from now on.
            assertThatThrownBy(() -> store.mark(new CardKey("ml", "card1"), new CardMark(true, null, false)))
                    .isInstanceOfSatisfying(ProgressStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
        }
    }

    @Test
    void aDatabaseReplacedOrRemovedIsDamageToo() throws Exception {
        Path db = dir.resolve("progress.db");
        try (ProgressStore store = ProgressStore.open(db)) {
            answer(store, "a", 0);
            Files.move(db, dir.resolve("elsewhere.db"));
            Files.copy(dir.resolve("elsewhere.db"), db);
            assertThatThrownBy(() -> answer(store, "b", 1)).isInstanceOfSatisfying(ProgressStoreException.class,
                    e -> assertThat(e.damage()).isEqualTo(Damage.REPLACED));
        }
        Path other = dir.resolve("other/progress.db");
        try (ProgressStore store = ProgressStore.open(other)) {
            answer(store, "a", 0);
            Files.delete(other);
            assertThatThrownBy(() -> answer(store, "b", 1)).isInstanceOfSatisfying(ProgressStoreException.class,
                    e -> {
                        assertThat(e.damage()).isEqualTo(Damage.REMOVED);
                        assertThat(e.backup()).isNull();
                        assertThat(e.getMessage()).endsWith("; move it aside to start afresh (your decks are not"
                                + " affected)");
                    });
        }
    }

    @Test
    void oneBackupADayTheLastSevenKept() throws Exception {
        Path db = dir.resolve("data/progress.db");
        try (ProgressStore store = ProgressStore.open(db)) {
            for (int d = 0; d < 10; d++) {
                answer(store, "card" + d, d);
                assertThat(ProgressBackups.daily(store, DAY.plusDays(d))).isTrue();
                assertThat(ProgressBackups.daily(store, DAY.plusDays(d))).as("once a day").isFalse();
            }
        }
        List<ProgressBackups.Backup> kept = ProgressBackups.list(db);
        assertThat(kept).extracting(ProgressBackups.Backup::day)
                .containsExactly(Stream.iterate(DAY.plusDays(9), d -> d.minusDays(1)).limit(7)
                        .toArray(LocalDate[]::new));
        assertThat(count(kept.get(0).file())).as("the newest holds every answer before it").isEqualTo(10);
        assertThat(count(kept.get(6).file())).isEqualTo(4);
        try (Stream<Path> files = Files.list(ProgressBackups.dir(db))) {
            assertThat(files).as("no temporary file left").hasSize(7);
        }
    }

    @Test
    void restoringPutsTheNewestBackupBackAndKeepsTheDamagedFiles() throws Exception {
        Path db = dir.resolve("progress.db");
        try (ProgressStore store = ProgressStore.open(db)) {
            answer(store, "a", 0);
            ProgressBackups.daily(store, DAY);
            answer(store, "b", 1);
        }
        Files.write(db, new byte[100]);

        ProgressBackups.Backup b = ProgressBackups.restoreLatest(db, LocalDateTime.of(2026, 11, 23, 9, 30));

        assertThat(b.day()).isEqualTo(DAY);
        assertThat(count(db)).isEqualTo(1);
        assertThat(dir.resolve("progress.db.damaged-20261123-093000")).hasSize(100);
        try (ProgressStore store = ProgressStore.open(db)) {
            answer(store, "c", 2);
        }
        assertThat(count(db)).isEqualTo(2);
    }

    @Test
    void withoutABackupThereIsNothingToRestore() {
        assertThatThrownBy(() -> ProgressBackups.restoreLatest(dir.resolve("progress.db"), LocalDateTime.now()))
                .hasMessageContaining("there is no backup to restore");
    }

    private Review answer(ProgressStore store, String card, int minutes) {
        Instant at = T0.plusSeconds(60L * minutes);
        return store.record(new GradedAnswer(at, new CardKey("ml", card), Direction.EN_ZH, Mode.FLIP, Grade.GOOD, "",
                1000), s -> fsrs.review(s, Grade.GOOD, at, random));
    }

    private static long count(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM review_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
