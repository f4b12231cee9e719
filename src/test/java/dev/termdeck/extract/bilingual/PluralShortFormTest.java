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

/** A plural short form ("NOs") on a card of a singular long form is written singular (tune sentences). */
class PluralShortFormTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);

    @Test
    void aPluralShortFormOfASingularLongFormIsWrittenSingular() {
        // arXiv 2505.02308 (tune): "Neural Operators (NOs) provide a powerful framework ..." /
        // "神经算子（NOs）为涉及物理法则的计算提供了强大的框架": the card read "Neural Operator", short form "NOs".
        String en = "Neural Operators (NOs) provide a powerful framework for computations involving physical laws.";
        String zh = "神经算子（NOs）为涉及物理法则的计算提供了强大的框架。";
        TermGroup chinese = new TermGroup(Lang.ZH, TermKeys.of("神经算子"), "神经算子", List.of(), "NOs", null, zh,
                false, List.of(new Source("p#1@zh", Lang.ZH, zh)), 1, 0.6,
                List.of(Counterpart.found("Neural Operator", Counterpart.Evidence.ABBREVIATION, null)));
        TermGroup english = new TermGroup(Lang.EN, TermKeys.of("Neural Operator"), "Neural Operator",
                List.of("Neural Operators"), null, null, en, false, List.of(new Source("p#1", Lang.EN, en)), 1, 0.5,
                List.of(Counterpart.found("神经算子", Counterpart.Evidence.ABBREVIATION, null)));

        List<Card> cards = linker.link(List.of(english), List.of(chinese));

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).term().en()).isEqualTo("Neural Operator");
        assertThat(cards.get(0).abbr()).isEqualTo("NO");
    }

    @Test
    void aPluralLongFormOrAShortFormThatIsNoPluralKeepsIt() {
        assertThat(CardShortForms.singularShortForm("FLOPs", "floating-point operations")).isEqualTo("FLOPs");
        assertThat(CardShortForms.singularShortForm("SSMs", "state space model")).isEqualTo("SSM");
        assertThat(CardShortForms.singularShortForm("VSSMs", "vision state-space model")).isEqualTo("VSSM");
        assertThat(CardShortForms.singularShortForm("LLMs", null)).isEqualTo("LLMs");
        assertThat(CardShortForms.singularShortForm("CoVR", "Composed Video Retrieval")).isEqualTo("CoVR");
        assertThat(CardShortForms.singularShortForm("DAs", "diffusion autoencoder")).isEqualTo("DA");
    }
}
