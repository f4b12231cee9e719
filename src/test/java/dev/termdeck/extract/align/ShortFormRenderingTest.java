package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import org.junit.jupiter.api.Test;

/**
 * The Chinese written beside a short form when the words of its long form are too rare to align, on two real
 * digest-page abstracts with their translations (arXiv 2506.21900, TOAST; arXiv 2505.06653, block-wise quantization).
 */
class ShortFormRenderingTest {

    private static final BilingualFixture.Aligned PAPERS = BilingualFixture.Aligned.load("short-forms.jsonl");

    @Test
    void theLongFormInBracketsAfterTheShortFormIsItsRendering() {
        // "This work introduces TOAST (Task-Oriented Adaptive Semantic Transmission), ..." /
        // "本文提出了TOAST（任务导向自适应语义传输）框架，..."
        Counterpart c = counterpart("short-forms#toast", "Task-Oriented Adaptive Semantic Transmission");
        assertThat(c.text()).isEqualTo("任务导向自适应语义传输");
        assertThat(c.how()).isEqualTo(Counterpart.Evidence.ABBREVIATION);
    }

    @Test
    void wordsBesideTheShortFormThatRenderOtherWordsOfTheSentenceAreNoRendering() {
        // "we introduce a mixed-precision quantization strategy dubbed outlier-preserving quantization (OPQ)" /
        // "引入了一种混合精度量化策略（OPQ）": the translation left the name out.
        TermCandidate opq = PAPERS.of("short-forms#bof4").stream()
                .filter(t -> "OPQ".equals(t.abbr()) && t.text().startsWith("outlier")).findFirst().orElseThrow();
        assertThat(opq.counterpart().text()).isNotEqualTo("混合精度量化策略");
    }

    private static Counterpart counterpart(String doc, String term) {
        return PAPERS.candidate(doc, term).counterpart();
    }
}
