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
 * A name the Chinese text writes in brackets after a term is its short form or English form only when its letters
 * spell the card's English term (tune sentences).
 */
class BracketNameTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);

    @Test
    void aBenchmarkNamedAfterATaskIsNoEnglishFormOfTheTask() {
        // arXiv 2510.11026 (tune): "评估推理驱动的文本到图像生成（GIR-Bench-T2I）" / "... reasoning-centric text-to-image
        // generation ... (GIR-Bench-T2I)": the benchmark's part came on the card of the task as an English alias.
        String en = "we investigate whether models can perform reasoning-centric text-to-image generation";
        String zh = "其次，评估推理驱动的文本到图像生成（GIR-Bench-T2I）";
        TermGroup english = group(Lang.EN, "text-to-image generation", null, null, en, "文本到图像生成");
        TermGroup chinese = group(Lang.ZH, "文本到图像生成", null, "GIR-Bench-T2I", zh, "text-to-image generation");

        List<Card> cards = linker.link(List.of(english), List.of(chinese));

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).aliases().en()).doesNotContain("GIR-Bench-T2I");
    }

    @Test
    void aShortFormThatDoesNotSpellTheEnglishTermIsNotItsShortForm() {
        // arXiv 2509.25808 (tune): "基于可验证奖励的强化学习（RLVR）" gave 强化学习 the short form RLVR, which names the
        // longer "reinforcement learning with verifiable rewards".
        String en = "with reinforcement learning with verifiable rewards (RLVR) emerging as a standard paradigm";
        String zh = "而基于可验证奖励的强化学习（RLVR）已成为后训练的标准范式";
        TermGroup english = group(Lang.EN, "reinforcement learning", null, null, en, "强化学习");
        TermGroup chinese = group(Lang.ZH, "强化学习", "RLVR", null, zh, "reinforcement learning");

        Card card = linker.link(List.of(english), List.of(chinese)).get(0);

        assertThat(card.abbr()).isNotEqualTo("RLVR");
        assertThat(CardShortForms.spells("RLVR", "reinforcement learning with verifiable reward")).isTrue();
        assertThat(CardShortForms.spells("GSM8K", "arithmetic reasoning")).isFalse();
        assertThat(CardShortForms.spells("QA3C", "Quantum Asynchronous Advantage Actor-Critic")).as("a digit aside")
                .isTrue();
    }

    private static TermGroup group(Lang lang, String text, String abbr, String gloss, String sentence, String other) {
        return new TermGroup(lang, TermKeys.of(text), text, List.of(), abbr, gloss, sentence, false,
                List.of(new Source(lang == Lang.EN ? "p#1" : "p#1@zh", lang, sentence)), 1, 0.6,
                List.of(Counterpart.found(other, Counterpart.Evidence.ABBREVIATION, null)));
    }
}
