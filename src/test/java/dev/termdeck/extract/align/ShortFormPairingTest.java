package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Chinese term and an English one that the two versions of a paper define with the same short form, on five
 * digest-page abstracts of the tune split with their translations (arXiv 2509.05751, RVOS; arXiv 2509.25808, GRPO;
 * arXiv 2512.16911, PostBC; arXiv 2510.03880, IQA; arXiv 2505.06653, BOF4): the Chinese written before the short form is the English term's rendering although the
 * corpus did not learn one of its words, and a Chinese term the extractor cut short becomes the whole rendering.
 */
class ShortFormPairingTest {

    private static final BilingualFixture.Aligned PAPERS = BilingualFixture.Aligned.load("short-form-pairs.jsonl");

    @Test
    void theChineseBeforeTheSameShortFormRendersTheLongFormWithAWordNotLearned() {
        // "Referring Video Object Segmentation (RVOS) aims to ..." / "引用视频物体分割（RVOS）旨在……": the glossary
        // renders "referring" 指代, so 引用 renders nothing learned, but it is the one word left for it.
        Counterpart c = chinese("short-form-pairs#rvos", "RVOS").counterpart();

        assertThat(c.status()).isEqualTo(Counterpart.Status.FOUND);
        assertThat(c.text()).isEqualTo("Referring Video Object Segmentation");
    }

    @Test
    void aChineseTermCutShortBeforeTheShortFormBecomesTheWholeRendering() {
        // "... group relative policy optimization (GRPO) ..." / "……即群体相对策略优化（GRPO），……": the extractor
        // stops at 相对, which its segmenter tags an adverb, and found 策略优化, another concept's term.
        TermCandidate grpo = chinese("short-form-pairs#grpo", "GRPO");

        assertThat(grpo.text()).isEqualTo("群体相对策略优化");
        assertThat(grpo.counterpart().text()).isEqualTo("group relative policy optimization");
    }

    @Test
    void aChineseTermCutInsideAWordBeforeTheShortFormBecomesTheWholeRendering() {
        // "... the posterior behavioral cloning (PostBC) policy ..." / "……提出后验行为克隆(PostBC)策略……".
        TermCandidate postbc = chinese("short-form-pairs#postbc", "PostBC");

        assertThat(postbc.text()).isEqualTo("后验行为克隆");
        assertThat(postbc.counterpart().text()).isEqualTo("posterior behavioral cloning");
    }

    @Test
    void theEnglishWrittenJustBeforeTheShortFormIsTheLongFormTheChineseRenders() {
        // arXiv 2510.03880 (tune): "explainable image quality assessment (IQA) has gradually become popular" /
        // "可解释图像质量评估（IQA）逐渐流行": the English extractor gave IQA to "image quality assessment", which
        // 可解释 does not render.
        Counterpart c = chinese("short-form-pairs#iqa", "IQA").counterpart();

        assertThat(c.text()).isEqualTo("explainable image quality assessment");
    }

    @Test
    void aChineseTermCutShortBeforeAShortFormTheEnglishWritesAfterAnotherTermBecomesItsRendering() {
        // arXiv 2505.06653 (tune): "4-bit block-wise optimal float (BOF4)" / "4-bit块级最优浮点（BOF4）": the
        // extractor found 浮点 ("floating point"), and the English term has no short form of its own.
        TermCandidate bof4 = chinese("short-form-pairs#bof4", "BOF4");

        assertThat(bof4.text()).isEqualTo("块级最优浮点");
        assertThat(bof4.counterpart().text()).isEqualTo("block-wise optimal float");
    }

    /** The Chinese candidate of the translation of {@code doc} defined with {@code abbr}. */
    private static TermCandidate chinese(String doc, String abbr) {
        List<Document> docs = PAPERS.docs();
        int en = BilingualFixture.indexOf(docs, doc);
        for (int i = 0; i < docs.size(); i++) {
            if (i != en && docs.get(i).lang() == Lang.ZH && docs.get(i).paper().equals(docs.get(en).paper())) {
                return PAPERS.candidates().get(i).stream().filter(t -> abbr.equals(t.abbr())).findFirst()
                        .orElseThrow(() -> new AssertionError("no Chinese candidate with " + abbr));
            }
        }
        throw new AssertionError("no translation of " + doc);
    }
}
