package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner(home.resolve("data"), Path.of("").toAbsolutePath());
    }

    @Test
    void helpListsEveryCommand() {
        CliRunner.Result r = cli().run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("study", "corpus", "build", "eval", "export", "import", "merge", "bench");
    }

    @Test
    void versionPrintsTheToolVersion() {
        CliRunner.Result r = cli().run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).matches("termdeck \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void studyIsTheDefaultCommandEvenWithOptionsOrDecks() {
        assertThat(Main.withDefaultCommand(new String[0])).containsExactly("study");
        assertThat(Main.withDefaultCommand(new String[] {"--lang", "zh"})).containsExactly("study", "--lang", "zh");
        assertThat(Main.withDefaultCommand(new String[] {"--debug", "my.deck.json"}))
                .containsExactly("study", "--debug", "my.deck.json");
        assertThat(Main.withDefaultCommand(new String[] {"build", "--out", "x"})).containsExactly("build", "--out", "x");
        assertThat(Main.withDefaultCommand(new String[] {"--version"})).containsExactly("--version");
        assertThat(Main.withDefaultCommand(new String[] {"--debug", "corpus"})).containsExactly("--debug", "corpus");
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestOne() {
        CliRunner.Result r = cli().run("biuld", "--deck", "x");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("termdeck: 'biuld' is not a command; did you mean 'build'? ('termdeck --help'"
                + " lists the commands)\n");
        assertThat(cli().run("improt", "x.csv").err()).contains("did you mean 'import'?");
    }

    @Test
    void aWordThatIsNeitherACommandNorADeckSaysSo() {
        CliRunner.Result r = cli().run("frobnicate");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("termdeck: 'frobnicate' is neither a command nor a deck in ")
                .contains("build, corpus, eval, export, import, keyphrases, merge, study").hasLineCount(1);
    }

    @Test
    void noArgumentsStudiesLikeTheStudyCommand() throws Exception {
        Path work = Files.createDirectories(home.resolve("work"));
        Files.createDirectories(work.resolve("decks"));
        Files.copy(Path.of("src/test/resources/decks/ml-mini.deck.json"), work.resolve("decks/ml-mini.deck.json"));
        CliRunner bare = new CliRunner(home.resolve("bare"), work).stdin("\n3\n");
        CliRunner study = new CliRunner(home.resolve("study"), work).stdin("\n3\n");

        CliRunner.Result a = bare.run();
        CliRunner.Result b = study.run("study");

        assertThat(a.exitCode()).as(a.err()).isZero();
        // The same session (times of day aside: the summary says when the next card is due).
        assertThat(a.out()).contains("saved ");
        assertThat(a.out().lines().filter(l -> !l.contains(":")))
                .containsExactlyElementsOf(b.out().lines().filter(l -> !l.contains(":")).toList());
        assertThat(a.err()).isEqualTo(b.err());
    }

    @Test
    void noArgumentsReportsABrokenDeckOnOneLine() throws Exception {
        Path work = Files.createDirectories(home.resolve("work"));
        Path deck = Files.writeString(Files.createDirectories(work.resolve("decks")).resolve("x.deck.json"), "{");

        CliRunner.Result r = new CliRunner(home.resolve("data"), work).run();

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("termdeck: " + deck + ":1:").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void commandNamesAreTheNamesOfTheCommands() {
        assertThat(Main.COMMAND_NAMES).containsExactlyInAnyOrderElementsOf(Main.COMMANDS.stream()
                .map(c -> c.getAnnotation(picocli.CommandLine.Command.class).name()).toList());
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        CliRunner.Result r = cli().run("corpus", "--no-such-option");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("termdeck corpus: Unknown option");
    }

    @Test
    void missingCorpusIsARuntimeErrorWithoutStackTrace() {
        CliRunner.Result r = cli().run("corpus", "--corpus", "/no/such/dir");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("termdeck: /no/such/dir: no such corpus directory\n");
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRunner.Result r = cli().run("corpus", "--corpus", "/no/such/dir", "--debug");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no such corpus directory").contains(" at dev.termdeck.");
    }

    @Test
    void corpusJsonPrintsOneObjectPerUniqueDocument() throws Exception {
        CliRunner.Result r = cli().run("corpus", "--json");

        assertThat(r.exitCode()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(mapper.readTree(line));
        }
        assertThat(lines).hasSize(28);
        assertThat(lines).allSatisfy(n -> {
            assertThat(n.get("id").asText()).matches("\\d{3}_[0-9a-f]{16}#\\d+");
            assertThat(n.get("lang").asText()).isIn("en", "zh");
            assertThat(n.get("chars").asInt()).isEqualTo(n.get("text").asText().codePointCount(0,
                    n.get("text").asText().length()));
        });
        assertThat(lines).filteredOn(n -> n.has("title")).singleElement()
                .satisfies(n -> assertThat(n.get("title").asText()).isEqualTo(
                        "Emergent Abilities of Large Language Models"));
    }

    @Test
    void corpusTableEndsWithASummary() {
        CliRunner.Result r = cli().run("corpus");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).endsWith("28 papers (15 en, 13 zh, 0 en+zh) from 4 files; 3 duplicates dropped\n");
    }

    @Test
    void corpusProblemsGoToStderrAndTheRunGoesOn() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        Files.write(corpus.resolve("a.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(corpus.resolve("b.txt"), "Dropout randomly zeroes activations during training.");

        CliRunner.Result r = cli().run("corpus", "--corpus", corpus.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("termdeck: " + corpus.resolve("a.txt") + ": skipped: binary file\n");
        assertThat(r.out()).contains("b#1");
    }
}
