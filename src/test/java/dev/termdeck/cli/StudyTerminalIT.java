package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.termdeck.testing.Tmux;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code termdeck study} in a real terminal (tmux), as a learner types into it. */
class StudyTerminalIT {
    private static final String DECK = Path.of("src/test/resources/decks/ml-mini.deck.json").toAbsolutePath()
            .toString();

    @TempDir
    Path home;

    @Test
    void inATerminalWithoutTheFullScreenUiStudyRunsLineByLineAndSaves() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        try (Tmux t = Tmux.start(Path.of("").toAbsolutePath(), 80, 24, Map.of("TERMDECK_HOME", home.toString(),
                "LANG", "C.UTF-8"), "./termdeck", "study", "--lang", "en", "--new", "2", DECK)) {
            String first = t.waitForText("answer (Enter to show):", Duration.ofSeconds(30));
            assertThat(first).contains("studying line by line", "large language model");

            t.type("da xing yu yan mo xing");
            t.sendKeys("Enter");
            assertThat(t.waitForText("Enter = 3 Good", Duration.ofSeconds(10))).contains("Correct: 大型语言模型");
            t.sendKeys("Enter");
            t.waitForText("saved large-language-model good", Duration.ofSeconds(10));
            t.type(":quit");
            t.sendKeys("Enter");
            String end = t.waitForText("[exited 0]", Duration.ofSeconds(10));

            assertThat(end).contains("Session over.", "1 answers, 1 cards (1 new)");
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
}
