package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A capital short form is no Chinese side of its long form; a short form written as a name is; a name glued to an
 * English word is no name kept in Latin letters. Terms of real tune
 * sentences: "Motion Object Segmentation (MOS) is crucial for autonomous driving" (arXiv 2506.14130; the translation
 * renders it 运动物体分割, so the card never needed MOS), "we introduce Flexible Association Control (FlexAC)" (2510.11190,
 * written FlexAC in the translation too), "we present CRINN, a new paradigm for ANNS algorithms" (2508.02091); and
 * a name glued to an English word: "predicted 75 properties, including ADMET-related and general physicochemical
 * descriptors" (2507.02925, whose translation does not write it), "by proving PLS-hardness in discrete settings"
 * (2509.16898).
 */
class LatinCopiesTest {
    private static final PartsTranslator COMPOSER = new PartsTranslator(
            new GlossaryReader(dev.termdeck.extract.zh.HanLpChinese.get()).builtIn());


    @Test
    void aCapitalShortFormLeftAsTheChineseOfATitleCaseLongFormIsNoChineseSide() {
        assertThat(LatinCopies.chineseSide("MOS", "Motion Object Segmentation", "MOS", true, COMPOSER)).isNull();
    }

    @Test
    void aCapitalShortFormGivesWayToTheLongFormBuiltFromGlossaryParts() {
        // Tune page 2508.19806: "we propose Context-aware Sparse Spatiotemporal Learning (CSSL)"; a translation that
        // wrote only CSSL would leave the letters, where the glossary's parts build all of it.
        assertThat(LatinCopies.chineseSide("CSSL", "Context-aware Sparse Spatiotemporal Learning", "CSSL", true,
                COMPOSER)).isEqualTo("上下文感知稀疏时空学习");
    }

    @Test
    void theChineseTheTranslationWritesStays() {
        assertThat(LatinCopies.chineseSide("运动物体分割", "Motion Object Segmentation", "MOS", true, COMPOSER))
                .isEqualTo("运动物体分割");
    }

    @Test
    void aShortFormWrittenAsANameStays() {
        assertThat(LatinCopies.chineseSide("FlexAC", "Flexible Association Control", "FlexAC", true, COMPOSER))
                .isEqualTo("FlexAC");
    }

    @Test
    void aBareNameThatIsItsOwnShortFormStays() {
        assertThat(LatinCopies.chineseSide("CRINN", "CRINN", "CRINN", true, COMPOSER)).isEqualTo("CRINN");
    }

    @Test
    void theRuleDoesNotApplyWithoutATranslationOrWithAGlossaryEntry() {
        assertThat(LatinCopies.chineseSide("MOS", "Motion Object Segmentation", "MOS", false, COMPOSER)).isEqualTo("MOS");
    }

    @Test
    void aNameGluedToAnEnglishWordIsNoChineseSide() {
        assertThat(LatinCopies.gluesEnglishWord("ADMET-related")).isTrue();
        assertThat(LatinCopies.gluesEnglishWord("PLS-hardness")).isTrue();
        assertThat(LatinCopies.chineseSide("ADMET-related", "ADMET-related", null, true, COMPOSER)).isNull();
    }

    @Test
    void namesWithHyphensStay() {
        assertThat(LatinCopies.gluesEnglishWord("Text-to-SQL")).isFalse();
        assertThat(LatinCopies.gluesEnglishWord("DeepSeek-R1")).isFalse();
        assertThat(LatinCopies.gluesEnglishWord("GIR-Bench-T2I")).isFalse();
        assertThat(LatinCopies.chineseSide("HAC-Net", "HAC-Net", null, true, COMPOSER)).isEqualTo("HAC-Net");
    }
}
