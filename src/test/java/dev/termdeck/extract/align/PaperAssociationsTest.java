package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned association of an English word with a Chinese word, asked about a word of the paper and about a word of a
 * term read on its own (whose offsets start at 0), on the tune digest-page abstract arXiv 2509.25808: "Large language
 * models (LLMs) have achieved ..." / 大型语言模型（LLMs）..., which names "Group Relative Policy Optimization (GRPO)" /
 * 群体相对策略优化（GRPO）.
 */
class PaperAssociationsTest {
    private static PaperAligner.Bitext paper;
    private static PaperAssociations assoc;

    @BeforeAll
    static void align(@TempDir Path dir) throws IOException {
        List<Document> docs = BilingualFixture.read("spanned-long-forms.jsonl", dir);
        PaperAligner aligner = new PaperAligner(BilingualFixture.GLOSSARY, BilingualFixture.ZH);
        List<PaperAligner.Bitext> bitexts = aligner.bitexts(docs);
        paper = bitexts.get(0);
        assoc = new PaperAssociations(BilingualFixture.GLOSSARY, aligner.learn(bitexts), BilingualFixture.ZH);
    }

    @Test
    void aWordOfATermReadOnItsOwnGetsItsOwnAssociationNotThatOfThePapersWordAtTheSameOffset() {
        assoc.startPaper(paper);
        Word large = paper.en.words.get(0);
        Word policy = EnglishWords.of("Policy Optimization").get(0);
        Word ce = paper.zh.words.stream().filter(w -> w.form().equals("策略")).findFirst().orElseThrow();
        assertThat(large.form()).isEqualTo("Large");
        assertThat(policy.start()).isEqualTo(large.start());

        double ofLarge = assoc.enToZh.of(large, ce);
        double ofPolicy = assoc.enToZh.of(policy, ce);

        assertThat(ofLarge).isLessThan(SpanFinder.RENDERS);
        assertThat(ofPolicy).isGreaterThanOrEqualTo(SpanFinder.CLAIMS);
        // Asked again, in the other order, each keeps its own answer.
        assertThat(assoc.enToZh.of(large, ce)).isEqualTo(ofLarge);
    }
}
