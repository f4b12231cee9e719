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

/** A short form the translation writes alone meets the term its paper defines with it (tune sentences). */
class ShortFormLinkTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);

    @Test
    void theTranslationsShortFormIsOneCardWithTheTermDefinedWithIt() {
        // arXiv 2509.18169 (tune): "... Physically-isolated Experts Routing Network (PiERN) ..." /
        // "我们提出了一种物理隔离的专家路由网络（PiERN），这是……": the Chinese extractor took PiERN, written alone,
        // as a term of its own, which made a second card with only the short form on both sides.
        String en = "we propose Physically-isolated Experts Routing Network (PiERN)";
        String zh = "我们提出了一种物理隔离的专家路由网络（PiERN），这是一种新的架构。";
        TermGroup english = new TermGroup(Lang.EN, TermKeys.of("Physically-isolated Experts Routing Network"),
                "Physically-isolated Experts Routing Network", List.of(), "PiERN", null, en, false,
                List.of(new Source("p#1", Lang.EN, en)), 1, 0.6,
                List.of(Counterpart.found("物理隔离的专家路由网络", Counterpart.Evidence.ABBREVIATION, null)));
        TermGroup chinese = new TermGroup(Lang.ZH, TermKeys.of("PiERN"), "PiERN", List.of(), null, null, zh, false,
                List.of(new Source("p#1@zh", Lang.ZH, zh)), 1, 0.5,
                List.of(Counterpart.found("PiERN", Counterpart.Evidence.NAME, null)));

        List<Card> cards = linker.link(List.of(english), List.of(chinese));

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).term().zh()).isEqualTo("物理隔离的专家路由网络");
        assertThat(cards.get(0).abbr()).isEqualTo("PiERN");
    }
    @Test
    void theTranslationsHanziBeforeTheShortFormIsTheChineseSideNotTheShortFormItWritesAlone() {
        // arXiv 2506.05016 (tune): "The method, MultiPoint Proximity (MPP) encoding, ..." / "……即多点接近（MPP）编码。……
        // 研究表明，MPP编码具有……": the translation's bare MPP, written more often, led the card, which copied it.
        String en = "The method, MultiPoint Proximity (MPP) encoding, can be applied to any type of shape.";
        String zh = "本文提出了一种基于形状到区域内一组参考点的缩放距离的编码方法，即多点接近（MPP）编码。";
        String zh2 = "研究表明，MPP编码具有以形状为中心和连续性的优良特性。";
        TermGroup english = new TermGroup(Lang.EN, TermKeys.of("MultiPoint Proximity"), "MultiPoint Proximity",
                List.of(), "MPP", null, en, false, List.of(new Source("p#1", Lang.EN, en)), 1, 0.6, List.of());
        TermGroup bare = new TermGroup(Lang.ZH, TermKeys.of("MPP"), "MPP", List.of(), null, null, zh2, false,
                List.of(new Source("p#1@zh", Lang.ZH, zh2)), 3, 0.6,
                List.of(Counterpart.found("MPP", Counterpart.Evidence.NAME, null)));
        TermGroup glossed = new TermGroup(Lang.ZH, TermKeys.of("多点接近"), "多点接近", List.of(), "MPP", null, zh, false,
                List.of(new Source("p#1@zh", Lang.ZH, zh)), 1, 0.5,
                List.of(Counterpart.found("MultiPoint Proximity", Counterpart.Evidence.ABBREVIATION, null)));

        List<Card> cards = linker.link(List.of(english), List.of(bare, glossed));

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).term().en()).isEqualTo("MultiPoint Proximity");
        assertThat(cards.get(0).term().zh()).isEqualTo("多点接近");
    }
}
