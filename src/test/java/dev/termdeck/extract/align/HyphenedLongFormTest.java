package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hyphenated compound of a long form rendered by one Chinese word before the same short form, on the tune digest
 * page arXiv 2508.14948 with its translation: "pre-trained large-scale foundation models (LFMs)" /
 * 预训练的大规模基础模型（LFM）. 大规模 renders "large-scale"; over the tune half the corpus learned it for "large" alone
 * (0.071), not for "scale" (0.012).
 */
class HyphenedLongFormTest {

    private static final BilingualFixture.Aligned PAPER = BilingualFixture.Aligned.load("hyphened-long-form.jsonl");

    @Test
    void aWordHyphenatedToARenderedWordIsRenderedWithIt() {
        String longForm = "large-scale foundation models";
        List<Word> english = EnglishWords.of(longForm);
        // large (大规模), scale (nothing learned), foundation (基础), models (模型)
        assertThat(ShortFormRenderings.unrendered(longForm, english, new boolean[] {true, false, true, true}))
                .isZero();
        // Words apart by a space are not: "foundation" unrendered stays unrendered.
        assertThat(ShortFormRenderings.unrendered(longForm, english, new boolean[] {true, true, false, true}))
                .isEqualTo(1);
    }

    @Test
    void theChineseBeforeTheShortFormIsTheLongFormsRendering() {
        TermCandidate lfm = PAPER.of("hyphened-long-form#lfm4ads@zh").stream()
                .filter(t -> "LFM".equals(t.abbr())).findFirst().orElseThrow();
        assertThat(lfm.text()).isEqualTo("大规模基础模型");
        assertThat(lfm.counterpart().text()).isEqualTo("large-scale foundation model");
    }
}
