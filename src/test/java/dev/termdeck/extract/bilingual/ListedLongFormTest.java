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
 * A long form written as a list ("Power-Performance-Area", "power, performance and area") is one long form however its
 * words are joined (arXiv 2510.15899, tune).
 */
class ListedLongFormTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);

    @Test
    void aListJoinedByHyphensIsTheListWrittenWithCommasAndAnd() {
        assertThat(PhraseMatch.sameWords("power, performance and area", "Power-Performance-Area")).isTrue();
        assertThat(PhraseMatch.sameWords("Power, Performance, and Area", "Power- Performance-Area")).isTrue();
        // Other words stay other words.
        assertThat(PhraseMatch.sameWords("power, performance and area", "Power-Performance")).isFalse();
        assertThat(PhraseMatch.sameWords("visual question answering", "video quality assessment")).isFalse();
    }

    @Test
    void theEnglishListAndTheTranslationsListBeforeOneShortFormAreOneCard() {
        // "... specifically in Power- Performance-Area (PPA) optimization ..." / "……利用大型语言模型（LLM）优化功耗、性能和面积
        // （PPA），……": the English long form joins its words with hyphens, the glossary's with commas and "and", so
        // the English card kept its words copied as its Chinese side beside a Chinese-only card of the same PPA.
        String en = "This paper delves into the field of chip design using LLMs, specifically in Power- "
                + "Performance-Area (PPA) optimization and the generation of accurate Verilog codes for circuit designs.";
        String zh = "本文介绍了一种名为VeriPPA的新框架，该框架利用大型语言模型（LLM）优化功耗、性能和面积（PPA），并生成精确的"
                + "Verilog代码用于电路设计。";
        TermGroup english = new TermGroup(Lang.EN, TermKeys.of("Power-Performance-Area"), "Power-Performance-Area",
                List.of("Power- Performance-Area"), "PPA", null, en, false,
                List.of(new Source("p#1", Lang.EN, en)), 1, 0.6, List.of());
        TermGroup chinese = new TermGroup(Lang.ZH, TermKeys.of("面积"), "面积", List.of(), "PPA", null, zh, false,
                List.of(new Source("p#1@zh", Lang.ZH, zh)), 1, 0.5, List.of());

        List<Card> cards = linker.link(List.of(english), List.of(chinese));

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).term().en()).isEqualTo("Power-Performance-Area");
        assertThat(cards.get(0).term().zh()).isEqualTo("功耗、性能和面积");
        assertThat(cards.get(0).abbr()).isEqualTo("PPA");
    }
}
