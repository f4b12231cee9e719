package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code termdeck corpus} on papers read with their translation: a real digest page and a JSONL file. */
class CorpusCommandTest {
    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner(home.resolve("data"), Path.of("").toAbsolutePath());
    }

    @Test
    void eachPaperIsListedWithItsLanguages() throws IOException {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        copy("dqn-digest-page.md", corpus.resolve("dqn.md"));
        Files.writeString(corpus.resolve("plain.txt"), "Dropout randomly zeroes activations during training.");

        CliRunner.Result r = cli().run("corpus", "--corpus", corpus.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("dqn#1    en+zh   1104  Universal Approximation Theorem of Deep Q-Networks",
                "plain#1  en        52  Dropout randomly zeroes activations during training.")
                .endsWith("2 papers (1 en, 0 zh, 1 en+zh) from 2 files; 0 duplicates dropped\n");
    }

    @Test
    void theJsonLinesAreAJsonlCorpusThatReadsBackAsTheSamePapers() throws IOException {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        copy("digest-abstracts.jsonl", corpus.resolve("digest.jsonl"));
        copy("dqn-digest-page.md", corpus.resolve("dqn.md"));

        CliRunner.Result json = cli().run("corpus", "--corpus", corpus.toString(), "--json");
        Path again = Files.createDirectories(home.resolve("again"));
        Files.writeString(again.resolve("all.jsonl"), json.out());
        CliRunner.Result table = cli().run("corpus", "--corpus", again.toString());

        assertThat(json.exitCode()).isZero();
        assertThat(json.out().lines()).hasSize(5).allSatisfy(l -> assertThat(l).contains("\"translations\":{\"zh\":"));
        assertThat(table.err()).isEmpty();
        assertThat(table.out()).contains("all#digest#mnn-llm  ", "all#dqn#1  ", "en+zh")
                .endsWith("5 papers (0 en, 0 zh, 5 en+zh) from 1 files; 0 duplicates dropped\n");
        assertThat(cli().run("corpus", "--corpus", again.toString(), "--json").out().replace("all#", ""))
                .isEqualTo(json.out());
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = CorpusCommandTest.class.getResourceAsStream("/dev/termdeck/corpus/bilingual/" + resource)) {
            Files.copy(in, to);
        }
    }
}
