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
}
