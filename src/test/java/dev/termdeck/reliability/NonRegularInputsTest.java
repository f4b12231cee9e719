package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.termdeck.cli.CliRunner;
import dev.termdeck.testing.FileSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, item 9: a device or a pipe named where termdeck reads a file (a deck, a corpus, an import, a glossary, a
 * gold set, an id list). {@code /dev/zero} used to be read until the memory ran out (OutOfMemoryError after 5.5 GB)
 * and a FIFO hung the command waiting for a writer; each is now one error line naming the file, exit 1, at once, and
 * nothing in the working directory changes.
 */
class NonRegularInputsTest {
    private static final String DECK = "{\"format\": \"termdeck/1\", \"name\": \"class\", \"cards\": "
            + "[{\"id\": \"a\", \"term\": {\"en\": \"attention\", \"zh\": \"注意力\"}}]}\n";
    private static final String REFUSED = ": not a regular file (a device, a pipe or a socket); termdeck reads only"
            + " regular files";

    @TempDir
    Path work;
    @TempDir
    Path data;
    @TempDir
    static Path pipes;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(Files.createDirectories(work.resolve("decks")).resolve("class.deck.json"), DECK);
        Files.writeString(Files.createDirectories(work.resolve("corpus")).resolve("a.txt"),
                "Dropout randomly zeroes activations during training to reduce overfitting in neural networks.\n");
        Path set = Files.createDirectories(work.resolve("inspec"));
        Files.writeString(Files.createDirectories(set.resolve("docs")).resolve("1.txt"), "Title\nSome text.\n");
        Files.writeString(Files.createDirectories(set.resolve("keys")).resolve("1.key"), "text\n");
    }

    /** Every command that reads a file a user names, with {@code FILE} where the device or pipe goes. */
    static Stream<Arguments> reads() {
        List<Arguments> out = new ArrayList<>();
        for (String special : List.of("/dev/zero", "FIFO")) {
            for (List<String> args : List.of(
                    List.of("study", "--plain", "FILE"),
                    List.of("export", "FILE", "-f", "csv", "-o", "out.csv"),
                    List.of("merge", "FILE", "class", "-o", "merged"),
                    List.of("import", "FILE", "-o", "class"),
                    List.of("import", "-f", "csv", "FILE", "-o", "new"),
                    List.of("corpus", "--corpus", "FILE"),
                    List.of("build", "--corpus", "FILE", "--lang", "en"),
                    List.of("build", "--glossary", "FILE", "--corpus", "corpus", "--lang", "en"),
                    List.of("eval", "--gold", "FILE", "--corpus", "corpus", "class"),
                    List.of("eval", "--keyphrases", "inspec", "--ids", "FILE"))) {
                out.add(Arguments.of(special, args));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} with {0}")
    @MethodSource("reads")
    void aDeviceOrAPipeIsOneErrorLineNamingIt(String special, List<String> args) throws Exception {
        Path file = special.equals("FIFO") ? fifo() : Path.of(special);
        assumeTrue(Files.exists(file), file + " is not available here");
        String[] argv = args.stream().map(a -> a.equals("FILE") ? file.toString() : a).toArray(String[]::new);
        FileSnapshot before = FileSnapshot.of(work);

        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new CliRunner(data, work).run(argv));

        String line = r.err().strip();
        assertThat(line).as("stderr").startsWith("termdeck: " + file).contains(REFUSED.substring(2));
        assertThat(r.err().lines()).as("stderr").hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.exitCode()).as("exit code; stderr: " + r.err()).isEqualTo(1);
        assertThat(FileSnapshot.of(work)).as("no file changed, deleted or created").isEqualTo(before);
    }

    private static Path fifo() throws IOException, InterruptedException {
        Path f = pipes.resolve("pipe");
        if (!Files.exists(f)) {
            try {
                new ProcessBuilder("mkfifo", f.toString()).inheritIO().start().waitFor();
            } catch (IOException e) {
                return f; // no mkfifo: the case is skipped
            }
        }
        return f;
    }
}
