package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/decks").toAbsolutePath();

    @TempDir
    Path home;

    private Path work;

    @BeforeEach
    void decks() throws Exception {
        work = home.resolve("work");
        Files.createDirectories(work.resolve("decks"));
        Files.copy(FIXTURES.resolve("ml-mini.deck.json"), work.resolve("decks/ml-mini.deck.json"));
    }

    private CliRunner cli() {
        return new CliRunner(home.resolve("data"), work);
    }

    @Test
    void plainModeFollowsTheProtocolAndCommitsEachAnswer() throws Exception {
        CliRunner.Result r = cli().stdin("\n3\nchao fen bian lv\n\ntu shen jing wang\n4\n").run("study", "--plain");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(savedLines(r.out())).containsExactly("saved large-language-model good",
                "saved super-resolution good", "saved graph-neural-network easy");
        assertThat(r.out()).contains("large language model\nanswer (Enter to show):\nAnswer: 大型语言模型\n");
        assertThat(r.out()).contains("Correct: 超分辨率 (read as pinyin)");
        assertThat(r.out()).contains("Almost: 图神经网络 (read as pinyin)", "grade (1 again, 2 hard, 3 good,"
                + " 4 easy; Enter = 2 Hard):");
        assertThat(r.out()).contains("Session over.", "3 answers, 3 cards (3 new)");
        assertThat(count("SELECT count(*) FROM review_log")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM card_state WHERE deck = 'ml-mini'")).isEqualTo(3);
    }

    @Test
    void aTagStudiesOnlyTheCardsWithItAndAnUnknownTagNamesTheTags() {
        CliRunner.Result r = cli().stdin("\n3\n\n3\n\n3\n\n3\n").run("study", "--plain", "--tag", "Vision");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(savedLines(r.out())).isNotEmpty().allSatisfy(l -> assertThat(l).containsAnyOf(
                "generative-adversarial-network", "super-resolution", "text-to-image-model"));

        CliRunner.Result none = cli().run("study", "--plain", "--tag", "week9");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("termdeck: no card is tagged 'week9' (tags: ads, graphs, llm, privacy,"
                + " vision)");
    }

    @Test
    void endOfInputBeforeTheGradeSavesNothingForThatCard() throws Exception {
        CliRunner.Result r = cli().stdin("\n3\n\n").run("study", "--plain");

        assertThat(r.exitCode()).isZero();
        assertThat(savedLines(r.out())).containsExactly("saved large-language-model good");
        assertThat(count("SELECT count(*) FROM review_log")).isEqualTo(1);
    }

    @Test
    void aBareTermdeckStudiesTheDecksDirectory() {
        CliRunner.Result r = cli().stdin("\nagain\n").run();

        assertThat(r.exitCode()).isZero();
        assertThat(savedLines(r.out())).containsExactly("saved large-language-model again");
    }

    @Test
    void badGradesAndChoicesAreAskedAgain() {
        CliRunner.Result r = cli().stdin("\nfive\n9\ngood\n").run("study", "--plain");

        assertThat(r.out()).contains("Please type 1, 2, 3 or 4 (or again, hard, good, easy).");
        assertThat(savedLines(r.out())).containsExactly("saved large-language-model good");
    }

    @Test
    void choiceModeTakesALetterAndProposesTheGrade() {
        CliRunner.Result r = cli().stdin("z\na\n\n").run("study", "--plain", "--mode", "choice", "--new", "1");

        assertThat(r.out()).contains("a) ", "b) ", "c) ", "d) ", "answer (a-d, or Enter to show):",
                "Please type a letter from a to d");
        assertThat(savedLines(r.out())).singleElement().satisfies(line ->
                assertThat(line).matches("saved large-language-model (good|again)"));
    }

    @Test
    void undoTakesBackTheLastAnswer() throws Exception {
        CliRunner.Result r = cli().stdin("\n1\n:undo\n\n3\n").run("study", "--plain");

        assertThat(r.out()).contains("Took back the answer to large-language-model.");
        assertThat(savedLines(r.out())).containsExactly("saved large-language-model again",
                "saved large-language-model good");
        assertThat(count("SELECT count(*) FROM review_log")).isEqualTo(1);
        assertThat(count("SELECT grade FROM review_log")).isEqualTo(3);
    }

    @Test
    void chineseUiWithLang() {
        CliRunner.Result r = cli().stdin("\n3\n").run("study", "--plain", "--lang", "zh", "--direction", "zh-en");

        assertThat(r.out()).contains("正在学习 ml-mini", "中文 → 英文", "答案（回车显示）：", "答案: large language model",
                "本次学习结束。");
        assertThat(savedLines(r.out())).containsExactly("saved large-language-model good");
    }

    @Test
    void savedSettingsApplyWhenNoOptionIsGiven() throws Exception {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/settings.json"), "{\"direction\": \"zh-en\", \"mode\": \"type\","
                + " \"newPerDay\": 1}");

        CliRunner.Result r = cli().stdin("large language models\n\n").run("study", "--plain");

        assertThat(r.out()).contains("Chinese → English; Type the answer.", "\n大型语言模型\n",
                "Correct: large language model");
        assertThat(savedLines(r.out())).containsExactly("saved large-language-model good");
    }

    @Test
    void nothingDueSaysSoAndSucceeds() {
        CliRunner.Result r = cli().run("study", "--plain", "--new", "0");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Nothing to study now: no cards are due and no new cards are left for today.\n");
    }

    @Test
    void anInteractiveRunOnADumbTerminalStudiesLineByLine() {
        CliRunner.Result r = cli().interactive(true).env("TERM", "dumb").stdin("\n3\n").run("study");

        assertThat(r.err()).isEmpty();
        assertThat(savedLines(r.out())).hasSize(1);
    }

    @Test
    void aBrokenDeckIsOneLineNamingFileLineAndColumn() throws Exception {
        Path broken = work.resolve("decks/broken.deck.json");
        Files.writeString(broken, "{\n  \"format\": \"termdeck/1\",\n  \"name\": \"broken\",\n  \"cards\": [\n"
                + "    {\"id\": 3}\n  ]\n}\n");

        CliRunner.Result r = cli().run("study", "--plain");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("termdeck: " + broken + ":5:").endsWith("\n").doesNotContain("\tat ");
        assertThat(r.err().strip()).doesNotContain("\n");
    }

    @Test
    void aDamagedProgressDatabaseIsOneLineAndIsNotTouched() throws Exception {
        Path db = home.resolve("data/progress.db");
        Files.createDirectories(db.getParent());
        byte[] junk = "x".repeat(4096).getBytes();
        Files.write(db, junk);

        CliRunner.Result r = cli().stdin("\n3\n").run("study", "--plain");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("termdeck: " + db + ": not a termdeck progress database, or damaged; move it"
                + " aside to start afresh (your decks are not affected)\n");
        assertThat(Files.readAllBytes(db)).isEqualTo(junk);
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        CliRunner.Result dir = cli().run("study", "--direction", "sideways");
        CliRunner.Result neg = cli().run("study", "--new", "-1");
        CliRunner.Result deck = cli().run("study", "--plain", "nope");

        assertThat(dir.exitCode()).isEqualTo(2);
        assertThat(dir.err()).contains("unknown direction 'sideways'").doesNotContain("\tat ");
        assertThat(neg.exitCode()).isEqualTo(2);
        assertThat(deck.exitCode()).isEqualTo(2);
        assertThat(deck.err()).startsWith("termdeck: no deck named 'nope' in ");
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/progress.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> savedLines(String out) {
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (l.startsWith("saved ")) {
                lines.add(l);
            }
        }
        return lines;
    }
}
