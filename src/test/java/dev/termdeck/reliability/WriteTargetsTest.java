package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.cli.CliRunner;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.testing.FileSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where termdeck writes: never where a shared deck's {@code name} points, never over a device, a pipe or a directory,
 * through a symbolic link to the file it names (the link stays), not over an existing export without {@code --force},
 * and to standard output with {@code -o -}. Deck names the file system cannot take are refused before any work.
 */
class WriteTargetsTest {
    private static final String CARDS = "\"cards\": [{\"id\": \"a\", \"term\": {\"en\": \"attention\", \"zh\": \"注意力\"}}]";

    @TempDir
    Path root;

    private Path work;
    private Path outside;

    @BeforeEach
    void dirs() throws Exception {
        work = Files.createDirectories(root.resolve("work"));
        outside = Files.createDirectories(root.resolve("outside"));
        Files.createDirectories(work.resolve("decks"));
    }

    private CliRunner cli() {
        return new CliRunner(root.resolve("data"), work);
    }

    private static String deck(String name) {
        return "{\"format\": \"termdeck/1\", \"name\": \"" + name + "\", " + CARDS + "}\n";
    }

    @Test
    void aDeckWhoseNameIsAPathIsRefusedOnReadingAndNothingIsWrittenOutside() throws Exception {
        Path victim = Files.writeString(outside.resolve("notes.md"), "my notes\n");
        for (String name : new String[] {victim.toString().replace(".md", ""), "../../outside/x", "..", "a/b"}) {
            Files.writeString(work.resolve("decks/evil.deck.json"), deck(name.replace("\\", "\\\\")));
            FileSnapshot before = FileSnapshot.of(root);

            CliRunner.Result r = cli().run("export", "evil", "-f", "md");

            assertThat(r.exitCode()).as(name).isEqualTo(1);
            assertThat(r.err()).as(name).startsWith("termdeck: " + work.resolve("decks/evil.deck.json") + ":")
                    .contains("is not a plain deck name").hasLineCount(1);
            assertThat(FileSnapshot.of(root)).as(name).isEqualTo(before);
        }
        assertThat(Files.readString(victim)).isEqualTo("my notes\n");
    }

    @Test
    void theDefaultExportIsNamedAfterTheDeckFileNotItsNameField() throws Exception {
        Files.writeString(work.resolve("decks/week1.deck.json"), deck("other-name"));

        CliRunner.Result r = cli().run("export", "week1", "-f", "csv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(work.resolve("week1.csv")).isRegularFile();
        assertThat(work.resolve("other-name.csv")).doesNotExist();
    }

    @Test
    void anExistingExportIsReplacedOnlyWithForce() throws Exception {
        Files.writeString(work.resolve("decks/week1.deck.json"), deck("week1"));
        Path csv = Files.writeString(work.resolve("week1.csv"), "mine\n");

        CliRunner.Result refused = cli().run("export", "week1", "-f", "csv");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("termdeck: " + csv + ": exists; pass --force to replace it, or choose"
                + " another --out\n");
        assertThat(Files.readString(csv)).isEqualTo("mine\n");

        CliRunner.Result forced = cli().run("export", "week1", "-f", "csv", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(csv)).contains("attention");
    }

    @Test
    void aPipeADeviceAndADirectoryAreNeverReplaced() throws Exception {
        Files.writeString(work.resolve("decks/week1.deck.json"), deck("week1"));
        Path fifo = work.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path toDevNull = Files.createSymbolicLink(work.resolve("null-link"), Path.of("/dev/null"));

        for (Path target : new Path[] {fifo, toDevNull}) {
            CliRunner.Result r = cli().run("export", "week1", "-f", "csv", "-o", target.toString(), "--force");

            assertThat(r.exitCode()).as(target.toString()).isEqualTo(1);
            assertThat(r.err()).as(target.toString()).contains("not a regular file").hasLineCount(1);
        }
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isSymbolicLink(toDevNull)).isTrue();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aSymlinkedDeckIsUpdatedWhereItLivesAndStaysALink() throws Exception {
        Path shared = Files.writeString(outside.resolve("shared.deck.json"), deck("shared"));
        Path link = Files.createSymbolicLink(work.resolve("decks/shared.deck.json"), shared);
        Files.writeString(work.resolve("more.csv"), "term_en,term_zh\nfederated learning,联邦学习\n");

        CliRunner.Result r = cli().run("import", "more.csv", "-o", "shared");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(DeckJson.read(shared).cards()).hasSize(2);
        try (var s = Files.list(work.resolve("decks"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("shared.deck.json");
        }
    }

    @Test
    void anExportThroughASymlinkWritesTheFileItNames() throws Exception {
        Files.writeString(work.resolve("decks/week1.deck.json"), deck("week1"));
        Path real = Files.writeString(outside.resolve("class.csv"), "old\n");
        Path link = Files.createSymbolicLink(work.resolve("class.csv"), real);

        CliRunner.Result r = cli().run("export", "week1", "-f", "csv", "-o", "class.csv", "--force");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("attention");
    }

    @Test
    void dashWritesTheExportToStandardOutput() throws Exception {
        Files.writeString(work.resolve("decks/week1.deck.json"), deck("week1"));

        CliRunner.Result toFile = cli().run("export", "week1", "-f", "csv", "-o", "w.csv");
        CliRunner.Result toStdout = cli().run("export", "week1", "-f", "csv", "-o", "-");

        assertThat(toStdout.exitCode()).as(toStdout.err()).isZero();
        assertThat(toStdout.outBytes()).isEqualTo(Files.readAllBytes(work.resolve("w.csv")));
        assertThat(toFile.exitCode()).isZero();
        assertThat(work.resolve("-")).doesNotExist();
    }

    @Test
    void aDeckNameTooLongForTheFileSystemIsRefusedBeforeAnyWork() throws Exception {
        String longName = "a".repeat(221);
        String chinese = "词".repeat(67); // 201 bytes in UTF-8

        for (String name : new String[] {longName, chinese}) {
            CliRunner.Result r = cli().run("build", "--corpus", "no-such-corpus", "--deck", name);

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--deck: the deck name is").contains("bytes long in UTF-8; a deck name has"
                    + " at most 200").hasLineCount(1);
        }
        Files.writeString(work.resolve("words.csv"), "term_en,term_zh\nattention,注意力\n");
        CliRunner.Result imp = cli().run("import", "words.csv", "-o", longName);
        assertThat(imp.exitCode()).isEqualTo(2);
        assertThat(imp.err()).contains("bytes long in UTF-8");
        CliRunner.Result badName = cli().run("import", "words.csv", "-o", "my deck");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("'my deck' is not a plain deck name");
        assertThat(new String(Files.readAllBytes(work.resolve("words.csv")), StandardCharsets.UTF_8))
                .startsWith("term_en");
    }
}
