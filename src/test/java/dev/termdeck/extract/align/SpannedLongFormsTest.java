package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.TermKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long form with a function word inside, rendered before the same short form in brackets across a function word of
 * the Chinese, on two tune digest-page abstracts with their translations: arXiv 2509.25808, "we propose Adaptive
 * Rollout and Response Reuse Policy Optimization (AR3PO)" / 我们提出了自适应Rollout和响应复用策略优化（AR3PO）, where the run
 * back from the brackets used to stop at 和 (响应复用策略优化 renders half the name); arXiv 2505.08630, "calculates the
 * Influence Scope of Agents (ISA) on states" / 通过计算智能体对状态的影响范围（ISA）, where the run to 智能体 holds 状态
 * ("states"), no word of the term: no rendering of the whole term, so none; arXiv 2510.22728, 思维链（CoT）.
 */
class SpannedLongFormsTest {
    private static List<PaperAligner.Bitext> bitexts;
    private static PaperAssociations assoc;

    @BeforeAll
    static void align(@TempDir Path dir) throws IOException {
        List<Document> docs = BilingualFixture.read("spanned-long-forms.jsonl", dir);
        PaperAligner aligner = new PaperAligner(BilingualFixture.GLOSSARY, BilingualFixture.ZH);
        bitexts = aligner.bitexts(docs);
        assoc = new PaperAssociations(BilingualFixture.GLOSSARY, aligner.learn(bitexts), BilingualFixture.ZH);
    }

    @Test
    void theRunBeforeTheShortFormCrossesAFunctionWordAndAKeptLatinWordToRenderTheWholeName() {
        assertThat(rendering(0, "Adaptive Rollout and Response Reuse Policy Optimization", "AR3PO"))
                .isEqualTo("自适应Rollout和响应复用策略优化");
    }

    @Test
    void aRunThatHoldsAWordOfNoneOfTheTermsWordsIsNoRendering() {
        assertThat(rendering(1, "Influence Scope of Agents", "ISA")).isNull();
    }

    @Test
    void theRunGoesBackToTheFarthestStartThatRendersTheTerm() {
        // "While Chain-of-Thought (CoT) prompting has shown promise ..." / 尽管思维链（CoT）提示在……: 链 alone is
        // associated with "chain" and "thought" both, as they always stand together; 思维 renders "thought".
        assertThat(rendering(2, "Chain-of-Thought", "CoT")).isEqualTo("思维链");
    }

    @Test
    void aLongFormWithNoFunctionWordInsideIsLeftToTheOtherEvidence() {
        assertThat(rendering(0, "Response Reuse Policy Optimization", "AR3PO")).isNull();
    }

    private static String rendering(int paper, String term, String abbr) {
        PaperAligner.Bitext b = bitexts.get(paper);
        assoc.startPaper(b);
        TermCandidate c = new TermCandidate(Lang.EN, TermKeys.englishSingular(term), term, List.of(), abbr, null, null,
                term, "test", 0, 1, 0.5);
        return new SpannedLongForms(assoc).rendering(b, c);
    }
}
