package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code termdeck keyphrases} on two Inspec tune abstracts (3 and 6 of inspec-dev, in the Inspec layout, which the
 * corpus reader reads as one document a file: the .key files are not text it takes): what it prints is what
 * {@code eval --keyphrases --json --per-document} keeps for them.
 */
class KeyphrasesCommandTest {
    @TempDir
    Path work;

    Path inspec;

    @BeforeEach
    void files() throws Exception {
        inspec = work.resolve("inspec");
        for (String f : List.of("docs/3.txt", "docs/6.txt", "keys/3.key", "keys/6.key")) {
            Files.createDirectories(inspec.resolve(f).getParent());
            try (InputStream in = getClass().getResourceAsStream("/dev/termdeck/cli/keyphrases/" + f)) {
                Files.copy(in, inspec.resolve(f));
            }
        }
    }

    private CliRunner.Result run(String... args) {
        return new CliRunner(work.resolve("data"), work).run(args);
    }

    @Test
    void printsWhatTheKeyphraseEvaluationKeeps() throws Exception {
        CliRunner.Result eval = run("eval", "--keyphrases", inspec.toString(), "--json", "--per-document");
        CliRunner.Result keys = run("keyphrases", "--corpus", inspec.toString(), "--json");
        CliRunner.Result text = run("keyphrases", "--corpus", inspec.toString());

        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(keys.exitCode()).as(keys.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode scored = json.readTree(eval.out()).get(0);
        assertThat(scored.get("setting").asText()).startsWith("default");
        List<String> expected = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (JsonNode d : scored.get("perDocument")) {
            List<String> terms = new ArrayList<>();
            d.get("terms").forEach(t -> terms.add(t.asText()));
            expected.add(String.join("; ", terms));
            lines.add("docs/" + d.get("id").asText() + "#1: " + String.join("; ", terms));
        }
        List<String> printed = new ArrayList<>();
        for (JsonNode d : json.readTree(keys.out())) {
            List<String> terms = new ArrayList<>();
            d.get("keyphrases").forEach(t -> terms.add(t.asText()));
            printed.add(String.join("; ", terms));
        }
        assertThat(printed).hasSize(2).isEqualTo(expected);
        assertThat(expected.get(0)).isNotEmpty();
        assertThat(text.out().lines().toList()).isEqualTo(lines);
    }

    @Test
    void topTakesTheBestTermsAtAnyScore() {
        CliRunner.Result r = run("keyphrases", "--corpus", inspec.toString(), "--top", "2");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.split("; ").length <= 2);
    }

    @Test
    void aBadPathIsOneLineNamingIt() {
        CliRunner.Result r = run("keyphrases", "--corpus", work.resolve("missing").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("termdeck: ").contains("missing");
    }

    @Test
    void aChineseOnlyCorpusIsOneLine() throws Exception {
        Path zh = Files.createDirectories(work.resolve("zh"));
        Files.writeString(zh.resolve("b.txt"), "旨在估算每个广告接触点贡献的多点触摸归因(MTA)对于预算分配至关重要。联合学习保护隐私。");

        CliRunner.Result r = run("keyphrases", "--corpus", zh.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("no English documents", "English only");
    }

    @Test
    void topMustBePositive() {
        assertThat(run("keyphrases", "--corpus", inspec.toString(), "--top", "0").exitCode()).isEqualTo(2);
    }
}
