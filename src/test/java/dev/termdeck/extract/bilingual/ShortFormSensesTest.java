package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short form stands for what its own paper spells it out as: its letters bring no other paper's concept, nor a
 * glossary entry of another long form (sentences of the tune split: arXiv 2511.13102, CAPE; 2506.05016, MPP;
 * 2508.04748; 2510.10650, DEMO).
 */
class ShortFormSensesTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);

    @Test
    void twoPapersThatSpellOutOneShortFormAsTwoConceptsGiveTwoCards() {
        // The tune paper's CAPE; the second paper's sentence is written for the test, after the pattern the judges
        // found (another paper's CAPE brought its Chinese as an alias).
        String pose = "Recent research in Category-Agnostic Pose Estimation (CAPE) has adopted fixed textual keypoint "
                + "description as semantic prior for two-stage pose matching frameworks.";
        String ecg = "We propose Contrastive Patient-Augmented ECG Pretraining (CAPE), a self-supervised method for "
                + "electrocardiogram representation learning.";
        List<TermGroup> english = List.of(
                en("Category-Agnostic Pose Estimation", "CAPE", "pose#1", pose, "类别无关的姿态估计"),
                en("Contrastive Patient-Augmented ECG Pretraining", "CAPE", "ecg#1", ecg, "对比患者增强心电图预训练"));
        List<TermGroup> chinese = List.of(
                zh("类别无关的姿态估计", "CAPE", "pose#1@zh", "类别无关的姿态估计（CAPE）……",
                        "Category-Agnostic Pose Estimation"),
                zh("对比患者增强心电图预训练", "CAPE", "ecg#1@zh", "我们提出了对比患者增强心电图预训练（CAPE）……",
                        "Contrastive Patient-Augmented ECG Pretraining"),
                // The translation writes the short form alone, as a name of its own.
                new TermGroup(Lang.ZH, "cape", "CAPE", List.of(), null, null, "我们的CAPE模型细化关键点特征。", false,
                        List.of(new Source("pose#1@zh", Lang.ZH, "我们的CAPE模型细化关键点特征。")), 2, 0.7,
                        List.of(Counterpart.found("CAPE", Counterpart.Evidence.NAME, null))));

        List<Card> cards = linker.link(english, chinese);

        assertThat(cards).hasSize(2);
        assertThat(card(cards, "Category-Agnostic Pose Estimation").term().zh()).isEqualTo("类别无关的姿态估计");
        assertThat(card(cards, "Category-Agnostic Pose Estimation").aliases().zh()).isEmpty();
        assertThat(card(cards, "Contrastive Patient-Augmented ECG Pretraining").term().zh())
                .isEqualTo("对比患者增强心电图预训练");
    }

    @Test
    void aShortFormWrittenAloneTakesNoGlossaryEntryOfAnotherLongFormThanItsPapers() {
        // arXiv 2506.05016: the translation writes MPP alone (MPP编码具有……); the glossary's MPP is "molecular property
        // prediction" (分子性质预测), which arXiv 2508.04748 writes.
        String multi = "The method, MultiPoint Proximity (MPP) encoding, can be applied to any type of shape, enabling "
                + "the parameterization of machine learning models with encoded representations of vector-mode "
                + "geospatial features.";
        String attri = "We introduce AttriLens-Mol, an attribute-guided reinforcement learning framework for molecular "
                + "property prediction with LLMs.";
        List<TermGroup> english = List.of(
                en("MultiPoint Proximity", "MPP", "mpp#1", multi, null),
                en("molecular property prediction", "MPP", "mol#1", attri, "分子性质预测"));
        List<TermGroup> chinese = List.of(new TermGroup(Lang.ZH, "mpp", "MPP", List.of(), null, null,
                "研究表明，MPP编码具有以形状为中心和连续性的优良特性。", false,
                List.of(new Source("mpp#1@zh", Lang.ZH, "研究表明，MPP编码具有以形状为中心和连续性的优良特性。")), 2, 0.5,
                List.of(Counterpart.found("MPP", Counterpart.Evidence.NAME, null))));

        List<Card> cards = linker.link(english, chinese);

        assertThat(card(cards, "molecular property prediction").aliases().en()).isEmpty();
        assertThat(card(cards, "MultiPoint Proximity").term().zh()).isNotEqualTo("分子性质预测");
        assertThat(cards).noneMatch(c -> "MPP".equals(c.term().en()) && "分子性质预测".equals(c.term().zh()));
    }

    @Test
    void aShortFormItsPaperDefinesAsAnotherThingTakesNoGlossaryEntryByItsLetters() {
        // arXiv 2510.10650: DEMO is the paper's framework; an entry with the letters DEMO (here a user glossary's)
        // is another thing.
        Glossary glossary = GLOSSARY.plus(Glossary.of(List.of(
                new GlossaryEntry("demonstration", "演示", "DEMO", List.of()))));
        String sentence = "We propose DEMO, a flow-matching generative framework for audio-driven talking-portrait "
                + "video synthesis that delivers disentangled, high-fidelity control of lip motion, head pose, and eye "
                + "gaze.";
        TermGroup demo = new TermGroup(Lang.EN, "demo", "DEMO", List.of(), null, null,
                "DEMO is a flow-matching generative framework for audio-driven talking-portrait video synthesis.",
                true, List.of(new Source("demo#1", Lang.EN, sentence)), 3, 0.6, List.of());

        assertThat(new BilingualLinker(glossary, ZH).entryOf(demo)).isEmpty();
        assertThat(new BilingualLinker(glossary, ZH).link(List.of(demo), List.of()).get(0).term().zh())
                .isNotEqualTo("演示");
    }

    private static TermGroup en(String text, String abbr, String doc, String sentence, String rendering) {
        return new TermGroup(Lang.EN, TermKeys.englishSingular(text), text, List.of(), abbr, null, sentence, false,
                List.of(new Source(doc, Lang.EN, sentence)), 2, 0.6,
                rendering == null ? List.of()
                        : List.of(Counterpart.found(rendering, Counterpart.Evidence.ABBREVIATION, null)));
    }

    private static TermGroup zh(String text, String abbr, String doc, String sentence, String rendering) {
        return new TermGroup(Lang.ZH, TermKeys.of(text), text, List.of(), abbr, null, sentence, false,
                List.of(new Source(doc, Lang.ZH, sentence)), 2, 0.5,
                List.of(Counterpart.found(rendering, Counterpart.Evidence.ABBREVIATION, null)));
    }

    private static Card card(List<Card> cards, String en) {
        return cards.stream().filter(c -> en.equals(c.term().en())).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + en + " among " + cards.stream()
                        .map(c -> c.term().en()).toList()));
    }
}
