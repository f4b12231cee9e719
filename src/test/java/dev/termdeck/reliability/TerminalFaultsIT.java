package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.study.settings.SettingsFile;
import dev.termdeck.testing.Launcher;
import dev.termdeck.testing.ProgressDb;
import dev.termdeck.testing.Requires;
import dev.termdeck.testing.StudyScreen;
import dev.termdeck.testing.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal going wrong under {@code termdeck study}: standard input closed mid-session (a pipe's writer ending,
 * a terminal window closed with the program ignoring SIGHUP, or not), and {@code TERM=dumb}. In every case the
 * answers given are kept, the database is sound, and the program ends by itself. (A terminal resized below the
 * minimum, 20×5, and back is in {@code cli.StudyTerminalIT}.)
 */
class TerminalFaultsIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DECK = Path.of("src/test/resources/decks/ml-mini.deck.json").toAbsolutePath()
            .toString();

    @TempDir
    Path home;

    @BeforeEach
    void settings() throws Exception {
        // Saved settings: no first-run welcome, English UI, flip mode.
        new SettingsFile(home.resolve("settings.json")).save(Settings.defaults().withUiLang(Lang.EN));
    }

    @Test
    void plainStudyEndsCleanlyWhenItsInputClosesMidCard() throws Exception {
        try (PlainStudy study = PlainStudy.start(home, Path.of(""), List.of("--new", "5", DECK))) {
            study.feed("\n3\n");
            assertThat(study.awaitSaved(1, 30_000)).isTrue();
            study.feed("\n"); // the next card's answer is shown; its grade never comes
            study.closeInput();

            assertThat(study.waitForExit(30_000)).as(study.errors()).isZero();
            assertThat(study.errors()).isEmpty();
            assertThat(study.acknowledged()).hasSize(1);
            assertThat(study.output()).contains("Session over.", "1 answer, 1 card (1 new)");
        }
        assertThat(ProgressDb.number(home.resolve("progress.db"), "SELECT count(*) FROM review_log")).isEqualTo(1);
    }

    @Test
    void theFullScreenUiEndsWhenItsTerminalIsClosedAndItIgnoresSighup() throws Exception {
        closeTheTerminalAfterTwoAnswers("trap '' HUP; ");
    }

    @Test
    void theFullScreenUiEndsWhenItsTerminalIsClosedAndSighupStopsIt() throws Exception {
        closeTheTerminalAfterTwoAnswers("");
    }

    @Test
    void aDumbTerminalGetsThePlainView() throws Exception {
        Requires.tool(Tmux.available(), "tmux is not installed");
        try (Tmux t = Tmux.start(Path.of("").toAbsolutePath(), 80, 24, Map.of("TERMDECK_HOME", home.toString(),
                "TERM", "dumb"), Launcher.script().toString(), "study", "--new", "2", DECK)) {
            String first = t.waitForText("answer (Enter to show):", WAIT);
            assertThat(first).contains("large language model").doesNotContain("? help");

            t.sendKeys("Enter");
            t.waitForText("grade (1 again", WAIT);
            t.type("3");
            t.sendKeys("Enter");
            t.waitForText("saved large-language-model good", WAIT);
            t.type(":quit");
            t.sendKeys("Enter");
            assertThat(t.waitForText("[exited 0]", WAIT)).contains("Session over.");
        }
    }

    /**
     * Answers two cards in the full-screen UI, then closes its terminal; the process must end within 10 s with both
     * answers saved and the database sound. {@code prefix} is shell run before the launcher ({@code trap '' HUP}).
     */
    private void closeTheTerminalAfterTwoAnswers(String prefix) throws Exception {
        Requires.tool(Tmux.available(), "tmux is not installed");
        Path pidFile = home.resolve("pid");
        String command = "echo $$ > '" + pidFile + "'; " + prefix + "exec '" + Launcher.script() + "' study --new 5 '"
                + DECK + "'";
        try (Tmux t = Tmux.start(Path.of("").toAbsolutePath(), 80, 24, Map.of("TERMDECK_HOME", home.toString()),
                "bash", "-c", command)) {
            t.waitFor(StudyScreen.cardShown(), WAIT);
            for (int i = 1; i <= 2; i++) {
                t.sendKeys("Space");
                t.waitForText("▶3 Good◀", WAIT);
                t.sendKeys("3");
                t.waitFor(StudyScreen.saved(home.resolve("progress.db"), i), WAIT);
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());

            t.hangUp();

            assertThat(endsWithin(pid, Duration.ofSeconds(10))).as("termdeck (pid " + pid + ") ended").isTrue();
        }
        Path db = home.resolve("progress.db");
        assertThat(ProgressDb.number(db, "SELECT count(*) FROM review_log")).isEqualTo(2);
        assertThat(ProgressDb.integrity(db)).containsExactly("ok");
        assertThat(ProgressDb.statesNotMatchingTheirLastReview(db)).isEmpty();
    }

    /** Whether process {@code pid} is gone (or a zombie waiting to be reaped) within {@code timeout}. */
    private static boolean endsWithin(long pid, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        while (System.nanoTime() < end) {
            String s;
            try {
                s = Files.readString(stat);
            } catch (java.io.IOException e) {
                return true;
            }
            if (s.substring(s.lastIndexOf(')') + 2).startsWith("Z")) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

}
