package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.cli.CliRunner;
import dev.termdeck.testing.ProgressDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 7, through the command line: studying with a damaged progress database is one line that offers
 * the newest daily backup, and {@code study --restore-backup} puts it back and studies, keeping the damaged file;
 * without a backup, the line says to move the file aside, as before.
 */
class DamagedProgressTest {
    @TempDir
    Path work;

    @BeforeEach
    void deck() throws Exception {
        Files.copy(Path.of("decks/ml-abstracts.deck.json"),
                Files.createDirectories(work.resolve("decks")).resolve("ml-abstracts.deck.json"));
    }

    @Test
    void aDamagedDatabaseOffersItsNewestBackupWhichRestoreBackupPutsBack() throws Exception {
        Path data = work.resolve("data");
        Path db = data.resolve("progress.db");
        CliRunner.Result first = cli(data).stdin("\n3\n\n3\n").run("study", "--plain", "--lang", "en");
        assertThat(first.exitCode()).as(first.err()).isZero();
        try (Stream<Path> s = Files.list(data.resolve("backups"))) {
            assertThat(s).as("the day's backup").hasSize(1);
        }
        // As on a later day: the backup holds what was studied before, and then the database is damaged.
        Path backup;
        try (Stream<Path> s = Files.list(data.resolve("backups"))) {
            backup = s.findFirst().orElseThrow();
        }
        Files.move(backup, backup.resolveSibling("progress-2026-11-21.db"));
        Files.writeString(db, "this is not an SQLite database, it was overwritten by something else\n".repeat(100));

        CliRunner.Result damaged = cli(data).stdin("\n3\n").run("study", "--plain", "--lang", "en");

        ErrorLine.assertOneLine(damaged, 1, db + ": not a termdeck progress database, or damaged; no answer is saved"
                + " from now on. Your progress up to 2026-11-21 is in a backup: 'termdeck study --restore-backup'"
                + " puts it back (the damaged file is kept)");

        CliRunner.Result restored = cli(data).stdin("\n3\n").run("study", "--plain", "--lang", "en",
                "--restore-backup");

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.err()).startsWith("termdeck: " + db + ": restored the backup of 2026-11-21 (");
        assertThat(ProgressDb.integrity(db)).containsExactly("ok");
        assertThat(ProgressDb.number(db, "SELECT count(*) FROM review_log")).as("the backup's answers and one more")
                .isGreaterThanOrEqualTo(1);
        try (Stream<Path> s = Files.list(data)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("progress\\.db\\.damaged-\\d{8}-\\d{6}"));
        }
    }

    @Test
    void withoutABackupTheDamagedDatabaseIsToBeMovedAside() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Path db = data.resolve("progress.db");
        Files.writeString(db, "this is not an SQLite database, it was overwritten by something else\n".repeat(100));

        CliRunner.Result damaged = cli(data).stdin("\n3\n").run("study", "--plain", "--lang", "en");

        ErrorLine.assertOneLine(damaged, 1, db + ": not a termdeck progress database, or damaged; move it aside to"
                + " start afresh (your decks are not affected)");
        CliRunner.Result restore = cli(data).stdin("\n3\n").run("study", "--plain", "--lang", "en",
                "--restore-backup");
        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains("there is no backup to restore").hasLineCount(1);
    }

    private CliRunner cli(Path data) {
        return new CliRunner(data, work);
    }
}
