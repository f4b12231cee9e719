package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.study.store.Review;
import dev.termdeck.testing.Requires;
import dev.termdeck.testing.StudyScreen;
import dev.termdeck.testing.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code termdeck study} in a real terminal (tmux), as a learner types into it: the full-screen UI through the real
 * launcher (the first-run welcome, cards in flip, typed and choice modes with different grades, undo, a resize below
 * the minimum and back, Ctrl-C; then the progress database and the terminal's settings are checked), and the plain
 * view asked for with {@code --plain}. Every step waits for the screen to show its result.
 */
class StudyTerminalIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DECK = Path.of("src/test/resources/decks/ml-mini.deck.json").toAbsolutePath()
            .toString();

    @TempDir
    Path work;
    @TempDir
    Path home;

    @Test
    void aSessionInTheFullScreenUiIsSavedAndCtrlCLeavesAUsableTerminal() throws Exception {
        Requires.tool(Tmux.available(), "tmux is not installed");
        Path decks = Files.createDirectories(work.resolve("decks"));
        Path fixture = Path.of("src/test/resources/decks/ml-mini.deck.json").toAbsolutePath();
        Files.copy(fixture, decks.resolve("ml-mini.deck.json"));
        List<Card> cards = DeckJson.read(fixture).cards();
        String launcher = Path.of("termdeck").toAbsolutePath().toString();

        try (Tmux t = Tmux.start(work, 80, 24, Map.of("TERMDECK_HOME", home.toString()),
                "bash", "-c", launcher + "; stty -a")) {
            t.waitForText("Which language should the interface use?", WAIT);
            t.sendKeys("1", "Enter");
            t.waitForText("What would you like to practise?", WAIT);
            t.sendKeys("1", "Enter");
            t.waitFor(StudyScreen.cardShown(), WAIT);

            t.sendKeys("Space");
            t.waitForText("▶3 Good◀", WAIT);
            t.sendKeys("3");
            t.waitFor(saved(1), WAIT);
            t.sendKeys("Space");
            t.waitForText("Abbreviation", WAIT);
            t.sendKeys("1");
            t.waitFor(saved(2), WAIT);
            t.sendKeys("u");
            t.waitFor(saved(1).and(s -> s.contains("Took back the answer")), WAIT);
            t.sendKeys("Space");
            t.waitForText("▶3 Good◀", WAIT);
            t.sendKeys("4");
            t.waitFor(saved(2), WAIT);

            setMode(t, 1);
            // The prompt must be drawn whole before it is read (the screen can be caught mid-draw under load).
            String screen = t.waitFor(s -> s.contains("Your answer (Chinese):")
                    && cards.stream().anyMatch(c -> prompt(s).equals(c.term().en())), WAIT);
            t.type(chineseFor(prompt(screen), cards));
            t.sendKeys("Enter");
            t.waitForText("✓ Correct", WAIT);
            t.sendKeys("Enter");
            t.waitFor(saved(3).and(s -> s.contains("Your answer (Chinese):")), WAIT);
            t.type("xyz");
            t.sendKeys("Enter");
            t.waitForText("✗ Not quite", WAIT);
            t.sendKeys("2");
            t.waitFor(saved(4), WAIT);

            t.sendKeys("Escape");
            t.waitForText("Enter type", WAIT);
            setMode(t, 1);
            t.waitFor(s -> s.contains("  a  ") && s.contains("  d  "), WAIT);
            t.sendKeys("a");
            t.waitForText("Enter accepts", WAIT);
            t.sendKeys("Enter");
            t.waitFor(saved(5), WAIT);

            t.resize(20, 5);
            t.waitForText("The terminal is too", WAIT);
            t.resize(80, 24);
            t.waitFor(saved(5).and(s -> s.contains("? help")), WAIT);

            t.sendKeys("C-c");
            String end = t.waitForText("[exited 0]", WAIT);
            assertThat(end).contains("termdeck: 5 answers saved");
            assertThat(end).contains("isig ", " icanon ", " echo ", "intr = ^C");
            assertThat(end).doesNotContain("-icanon", "-echo ", "-isig");
        }

        try (ProgressStore store = ProgressStore.open(home.resolve("progress.db"))) {
            List<Review> log = store.reviews(List.of("ml-mini"), Instant.EPOCH);
            assertThat(log).extracting(Review::grade)
                    .containsExactly(Grade.GOOD, Grade.EASY, Grade.GOOD, Grade.HARD, log.get(4).grade());
            assertThat(log).extracting(Review::mode)
                    .containsExactly(Mode.FLIP, Mode.FLIP, Mode.TYPE, Mode.TYPE, Mode.CHOICE);
            assertThat(log.get(3).answer()).isEqualTo("xyz");
            assertThat(log.get(4).grade()).isIn(Grade.GOOD, Grade.AGAIN);
        }
        assertThat(home.resolve("settings.json")).content().contains("\"uiLang\" : \"en\"", "\"mode\" : \"choice\"");
    }

    @Test
    void withPlainStudyRunsLineByLineInATerminalAndSaves() throws Exception {
        Requires.tool(Tmux.available(), "tmux is not installed");
        try (Tmux t = Tmux.start(Path.of("").toAbsolutePath(), 80, 24, Map.of("TERMDECK_HOME", home.toString(),
                "LANG", "C.UTF-8"), "./termdeck", "study", "--plain", "--lang", "en", "--new", "2", DECK)) {
            String first = t.waitForText("answer (Enter to show):", Duration.ofSeconds(30));
            assertThat(first).contains("large language model");

            t.type("da xing yu yan mo xing");
            t.sendKeys("Enter");
            assertThat(t.waitForText("Enter = 3 Good", Duration.ofSeconds(10))).contains("Correct: 大型语言模型");
            t.sendKeys("Enter");
            t.waitForText("saved large-language-model good", Duration.ofSeconds(10));
            t.type(":quit");
            t.sendKeys("Enter");
            String end = t.waitForText("[exited 0]", Duration.ofSeconds(10));

            assertThat(end).contains("Session over.", "1 answer, 1 card (1 new)");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("progress.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT card, grade, answer FROM review_log")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("large-language-model");
            assertThat(rs.getInt(2)).isEqualTo(3);
            assertThat(rs.getString(3)).isEqualTo("da xing yu yan mo xing");
            assertThat(rs.next()).isFalse();
        }
    }

    /** Opens the settings and moves the mode {@code steps} to the right, then saves (the session restarts). */
    private static void setMode(Tmux t, int steps) throws Exception {
        t.sendKeys("o");
        t.waitForText("Desired retention", WAIT);
        t.sendKeys("Down", "Down");
        for (int i = 0; i < steps; i++) {
            t.sendKeys("Right");
        }
        t.sendKeys("Enter");
        t.waitFor(StudyScreen.cardShown(), WAIT);
    }

    /** The card screen shows and {@code n} answers are saved. */
    private Predicate<String> saved(int n) {
        return StudyScreen.saved(home.resolve("progress.db"), n);
    }

    /** The prompt: the first non-blank line of the body. */
    private static String prompt(String screen) {
        return screen.lines().skip(2).map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static String chineseFor(String english, List<Card> cards) {
        return cards.stream().filter(c -> english.equals(c.term().en())).map(c -> c.term().zh()).findFirst()
                .orElseThrow(() -> new AssertionError("no card for prompt '" + english + "'"));
    }
}
