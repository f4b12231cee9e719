package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Card;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long form whose head noun the English writes after the short form's brackets and the translation before them
 * (tune: arXiv 2506.11036, "a plug-and-play Test-time Humane-centered Interaction (THI) module" / 即插即用的测试时人本交互模块
 * （THI））: the Chinese before the brackets without that head renders the term; hyphenated compounds count as one
 * word for how short that Chinese may be (Test-time 测试时, Humane-centered 人本).
 */
class MovedHeadTest {

    @TempDir
    static Path dir;

    private static List<Document> docs;
    private static List<List<TermCandidate>> aligned;

    @BeforeAll
    static void align() throws IOException {
        docs = BilingualFixture.read("moved-head.jsonl", dir);
        aligned = BilingualFixture.align(docs);
    }

    @Test
    void theHeadAfterTheBracketsIsLeftOutOfTheRenderingBeforeThem() {
        Counterpart c = BilingualFixture.candidate(docs, aligned, "moved-head#thi", "Test-time Humane-centered Interaction")
                .counterpart();

        assertThat(c.status()).isEqualTo(Counterpart.Status.FOUND);
        assertThat(c.text()).isEqualTo("测试时人本交互");
    }

    @Test
    void theCardHasTheRenderingAsItsChineseSide() {
        Card thi = BilingualFixture.assemble(docs).cards().stream().filter(k -> "THI".equals(k.abbr())).findFirst()
                .orElseThrow();

        assertThat(thi.term().zh()).isEqualTo("测试时人本交互");
    }
}
