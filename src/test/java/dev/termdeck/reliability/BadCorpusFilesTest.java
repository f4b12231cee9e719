package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.cli.CliRunner;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.testing.FileSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corpus files in other encodings and unusable ones, through {@code termdeck corpus} and {@code termdeck build}:
 * GB18030, UTF-16 with a byte order mark and Latin-1 are read correctly (with a note for the guessed encodings); an
 * empty file, a binary file and a 50 MB single line are each named on one line and skipped while the run goes on. A
 * corpus with nothing usable is an error (exit 1) after the files are named. No corpus file changes.
 */
class BadCorpusFilesTest {
    private static final String ZH = "随机失活是一种用于神经网络的正则化技术，它在训练时随机地将激活值置零，从而减少过拟合。";
    private static final String UTF16 = "Batch normalization normalizes the inputs of each layer over a mini-batch,"
            + " which lets deep networks train with higher learning rates.";
    private static final String LATIN1 = "The naïve attention baseline of the café benchmark weighs every token of"
            + " the input when it produces an output token.";

    @TempDir
    Path work;

    private Path corpus;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(work.resolve("corpus"));
        Files.write(corpus.resolve("gb18030.txt"), ZH.getBytes(Charset.forName("GB18030")));
        Files.write(corpus.resolve("utf16.txt"), ("\uFEFF" + UTF16).getBytes(StandardCharsets.UTF_16LE));
        Files.write(corpus.resolve("latin1.txt"), LATIN1.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13,
            'I', 'H', 'D', 'R'});
        fiftyMegabyteLine(corpus.resolve("one-line.txt"));
    }

    @Test
    void corpusReadsEveryEncodingItCanAndNamesEachFileItSkipsOnOneLine() throws Exception {
        FileSnapshot before = FileSnapshot.of(corpus);

        CliRunner.Result r = cli().run("corpus", "--corpus", "corpus", "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo(problemLines());
        Map<String, String> texts = new HashMap<>();
        for (String line : r.out().lines().toList()) {
            JsonNode doc = new ObjectMapper().readTree(line);
            texts.put(doc.get("id").asText(), doc.get("lang").asText() + " " + doc.get("text").asText());
        }
        assertThat(texts).containsOnly(Map.entry("gb18030#1", "zh " + ZH), Map.entry("utf16#1", "en " + UTF16),
                Map.entry("latin1#1", "en " + LATIN1));
        assertThat(FileSnapshot.of(corpus)).isEqualTo(before);
    }

    @Test
    void buildGoesOnPastTheFilesItCannotReadAndNamesEachOnce() throws Exception {
        FileSnapshot before = FileSnapshot.of(corpus);

        CliRunner.Result r = cli().run("build", "--corpus", "corpus", "--lang", "en", "--deck", "enc");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo(problemLines());
        assertThat(DeckJson.read(work.resolve("decks/enc.deck.json")).cards()).isNotEmpty();
        assertThat(FileSnapshot.of(corpus)).isEqualTo(before);
    }

    @Test
    void aCorpusWithNothingUsableIsAnErrorAfterNamingEveryFile() throws Exception {
        for (String f : new String[] {"gb18030.txt", "utf16.txt", "latin1.txt"}) {
            Files.delete(corpus.resolve(f));
        }

        CliRunner.Result r = cli().run("corpus", "--corpus", "corpus");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("termdeck: " + corpus.resolve("binary.txt") + ": skipped: binary file\n"
                + "termdeck: " + corpus.resolve("empty.txt") + ": skipped: empty file\n"
                + "termdeck: " + corpus.resolve("one-line.txt") + ": skipped: 50.0 MB is over the 16 MB limit for"
                + " one corpus file\n"
                + "termdeck: " + corpus + ": no English or Chinese documents found (3 problems above)\n");
    }

    @Test
    void aFiftyMegabyteLineIsReadWhenTheLimitAllowsIt() throws Exception {
        CliRunner.Result r = cli().run("corpus", "--corpus", "corpus/one-line.txt", "--max-file-mb", "64");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("one-line#1  en", "1 papers (1 en, 0 zh, 0 en+zh) from 1 files");
    }

    private CliRunner cli() {
        return new CliRunner(work.resolve("data"), work);
    }

    private String problemLines() {
        return "termdeck: " + corpus.resolve("binary.txt") + ": skipped: binary file\n"
                + "termdeck: " + corpus.resolve("empty.txt") + ": skipped: empty file\n"
                + "termdeck: " + corpus.resolve("gb18030.txt") + ": not UTF-8; read as GB18030\n"
                + "termdeck: " + corpus.resolve("latin1.txt") + ": not UTF-8; read as windows-1252\n"
                + "termdeck: " + corpus.resolve("one-line.txt") + ": skipped: 50.0 MB is over the 16 MB limit for"
                + " one corpus file\n";
    }

    /** 50 MB of English sentences without a single line break. */
    private static void fiftyMegabyteLine(Path file) throws IOException {
        byte[] sentence = "Gradient descent minimizes a loss by following its negative gradient. "
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = 0; n + sentence.length <= 50L * 1024 * 1024; n += sentence.length) {
                out.write(sentence);
            }
        }
    }
}
