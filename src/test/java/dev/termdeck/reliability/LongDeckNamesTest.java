package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.cli.CliRunner;
import dev.termdeck.deck.DeckJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The longest deck names there are (200 bytes in UTF-8) fit the file system with everything written beside the deck:
 * {@code NAME.deck.json}, its temporary file ({@code .NAME.deck.json.<random>.tmp}), its lock file and the exports
 * named after it, each under the 255 bytes a file name may have. One byte more is refused before any work.
 */
class LongDeckNamesTest {
    @TempDir
    Path home;

    private Path work;

    @BeforeEach
    void dirs() throws Exception {
        work = Files.createDirectories(home.resolve("work"));
        Files.createDirectories(work.resolve("decks"));
        Files.writeString(work.resolve("words.csv"), "term_en,term_zh\nattention,注意力\n");
    }

    @Test
    void aDeckNameOfTwoHundredBytesIsWrittenExportedAndWrittenAgain() throws Exception {
        for (String name : new String[] {"a".repeat(200), "词".repeat(66) + "ab"}) {
            CliRunner.Result first = cli().run("import", "words.csv", "-o", name);
            CliRunner.Result again = cli().run("import", "words.csv", "-o", name);

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(DeckJson.read(work.resolve("decks/" + name + ".deck.json")).cards()).hasSize(1);
            for (String format : new String[] {"quizlet", "anki-tsv", "apkg"}) {
                CliRunner.Result export = cli().run("export", name, "-f", format);
                assertThat(export.exitCode()).as(export.err()).isZero();
            }
        }
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void oneByteMoreIsRefusedBeforeAnyWork() {
        for (String name : new String[] {"a".repeat(201), "a".repeat(245), "词".repeat(67)}) {
            CliRunner.Result r = cli().run("build", "--corpus", "no-such-corpus", "--deck", name);

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("termdeck: --deck: the deck name is "
                    + name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes long in UTF-8; a deck"
                    + " name has at most 200, so that its files fit the file system\n");
        }
    }

    private CliRunner cli() {
        return new CliRunner(home.resolve("data"), work);
    }
}
