package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A capital short form is no Chinese side of its long form; a short form written as a name is. Terms of real tune
 * sentences: "Motion Object Segmentation (MOS) is crucial for autonomous driving" (arXiv 2506.14130; the translation
 * renders it 运动物体分割, so the card never needed MOS), "we introduce Flexible Association Control (FlexAC)" (2510.11190,
 * written FlexAC in the translation too), "we present CRINN, a new paradigm for ANNS algorithms" (2508.02091).
 */
class CopiedShortFormsTest {

    @Test
    void aCapitalShortFormLeftAsTheChineseOfATitleCaseLongFormIsNoChineseSide() {
        assertThat(CopiedShortForms.chineseSide("MOS", "Motion Object Segmentation", "MOS", true)).isNull();
    }

    @Test
    void theChineseTheTranslationWritesStays() {
        assertThat(CopiedShortForms.chineseSide("运动物体分割", "Motion Object Segmentation", "MOS", true))
                .isEqualTo("运动物体分割");
    }

    @Test
    void aShortFormWrittenAsANameStays() {
        assertThat(CopiedShortForms.chineseSide("FlexAC", "Flexible Association Control", "FlexAC", true))
                .isEqualTo("FlexAC");
    }

    @Test
    void aBareNameThatIsItsOwnShortFormStays() {
        assertThat(CopiedShortForms.chineseSide("CRINN", "CRINN", "CRINN", true)).isEqualTo("CRINN");
    }

    @Test
    void theRuleDoesNotApplyWithoutATranslationOrWithAGlossaryEntry() {
        assertThat(CopiedShortForms.chineseSide("MOS", "Motion Object Segmentation", "MOS", false)).isEqualTo("MOS");
    }
}
