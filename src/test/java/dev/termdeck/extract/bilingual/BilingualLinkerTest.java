package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.TermGroup;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

class BilingualLinkerTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);

    @Test
    void abbreviationSeenInBothLanguagesMakesOneCard() {
        List<Card> cards = linker.link(
                List.of(group(Lang.EN, "multi-touch attribution", "MTA", null, "en#1")),
                List.of(group(Lang.ZH, "多点触摸归因", "MTA", null, "zh#1")));
        assertThat(cards).hasSize(1);
        Card c = cards.get(0);
        assertThat(c.term().en()).isEqualTo("multi-touch attribution");
        assertThat(c.term().zh()).isEqualTo("多触点归因");
        assertThat(c.corpusRenderings()).containsExactly("多点触摸归因");
        assertThat(c.abbr()).isEqualTo("MTA");
        assertThat(c.pinyin()).isEqualTo("duō chù diǎn guī yīn");
        assertThat(c.id()).isEqualTo("multi-touch-attribution");
        assertThat(c.sources()).extracting(Source::doc).containsExactly("en#1", "zh#1");
        assertThat(c.definition().en()).isNotNull();
        assertThat(c.definition().zh()).isNotNull();
    }

    @Test
    void aLinkerForOneBuildGivesTheSameCardsAndRemembersThemForTheSameGroups() {
        List<TermGroup> english = List.of(group(Lang.EN, "multi-touch attribution", "MTA", null, "en#1"),
                group(Lang.EN, "federated learning", null, null, "en#2"));
        List<TermGroup> chinese = List.of(group(Lang.ZH, "多点触摸归因", "MTA", null, "zh#1"));
        BilingualLinker build = linker.forOneBuild();

        List<Card> first = build.link(english, chinese);
        List<Card> refill = build.link(english, chinese);

        assertThat(first).isEqualTo(linker.link(english, chinese));
        assertThat(refill).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(refill.get(i)).isSameAs(first.get(i));
        }
        // An equal group that is another object is made again (the memo compares objects, not records).
        List<TermGroup> copy = List.of(group(Lang.EN, "federated learning", null, null, "en#2"));
        assertThat(build.link(copy, List.of()).get(0)).isEqualTo(first.get(1)).isNotSameAs(first.get(1));
    }

    @Test
    void aContextSentenceIsASourceNotADefinition() {
        TermGroup seen = new TermGroup(Lang.EN, TermKeys.of("ablation"), "ablation", List.of(), null, null,
                "We perform an ablation study.", false, List.of(new Source("en#1", Lang.EN,
                "We perform an ablation study.")), 1, 0.5);

        Card c = linker.link(List.of(seen), List.of()).get(0);

        assertThat(c.definition().isEmpty()).isTrue();
        assertThat(c.sources()).extracting(Source::sentence).containsExactly("We perform an ablation study.");
    }

    @Test
    void glossaryMakesTheStandardRenderingTheTermAndMarksTheCorpusRendering() {
        List<Card> cards = linker.link(List.of(), List.of(group(Lang.ZH, "联合学习", "FL", null, "zh#1")));
        Card c = cards.get(0);
        assertThat(c.term().en()).isEqualTo("federated learning");
        assertThat(c.term().zh()).isEqualTo("联邦学习");
        assertThat(c.aliases().zh()).containsExactly("联合学习");
        assertThat(c.corpusRenderings()).containsExactly("联合学习");
        assertThat(c.pinyin()).isEqualTo("lián bāng xué xí");
    }

    @Test
    void termFoundInBothLanguagesThroughTheGlossaryIsOneCard() {
        List<Card> cards = linker.link(
                List.of(group(Lang.EN, "knowledge distillation", null, null, "en#1")),
                List.of(group(Lang.ZH, "知识蒸馏", null, null, "zh#1")));
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).corpusRenderings()).isEmpty();
        assertThat(cards.get(0).aliases().zh()).isEmpty();
    }

    @Test
    void englishOnlyTermGetsItsStandardChinese() {
        Card c = linker.link(List.of(group(Lang.EN, "generative adversarial networks", null, null, "en#1")),
                List.of()).get(0);
        assertThat(c.term().zh()).isEqualTo("生成对抗网络");
        assertThat(c.abbr()).isEqualTo("GAN");
        assertThat(c.term().en()).isEqualTo("generative adversarial networks");
    }

    @Test
    void truncatedCorpusRenderingIsDropped() {
        Card c = linker.link(List.of(), List.of(group(Lang.ZH, "分布", "OOD", null, "zh#1"))).get(0);
        assertThat(c.term().zh()).isEqualTo("分布外");
        assertThat(c.term().en()).isEqualTo("out-of-distribution");
        assertThat(c.aliases().zh()).isEmpty();
    }

    @Test
    void writtenGlossAndSharedLatinNameLink() {
        List<Card> cards = linker.link(
                List.of(group(Lang.EN, "Big Bench", null, null, "en#1"), group(Lang.EN, "Clip2TV", null, null, "en#2")),
                List.of(group(Lang.ZH, "超越模仿游戏基准", null, "Big Bench", "zh#1"),
                        group(Lang.ZH, "Clip2TV", null, null, "zh#2")));
        assertThat(cards).hasSize(2);
        assertThat(cards).extracting(c -> c.term().zh()).as("the glossary keeps the benchmark's name in Latin script")
                .containsExactlyInAnyOrder("BIG-bench", "Clip2TV");
        Card bigBench = cards.stream().filter(c -> c.term().zh().equals("BIG-bench")).findFirst().orElseThrow();
        assertThat(bigBench.aliases().zh()).as("the corpus rendering stays an alias").contains("超越模仿游戏基准");
    }

    @Test
    void namesAreWrittenTheSameInChineseAndCompoundsAreBuiltFromGlossaryParts() {
        List<Card> cards = linker.link(
                List.of(group(Lang.EN, "DistilBERT", null, null, "en#1"),
                        group(Lang.EN, "model architecture", null, null, "en#2")),
                List.of(group(Lang.ZH, "视频文本检索", null, null, "zh#1")));
        assertThat(cards).extracting(c -> c.term().en() + "=" + c.term().zh()).containsExactlyInAnyOrder(
                "DistilBERT=DistilBERT", "model architecture=模型架构", "video text retrieval=视频文本检索");
    }

    @Test
    void abbreviationLinksWithoutAGlossaryEntry() {
        List<Card> cards = linker.link(
                List.of(group(Lang.EN, "continual treatment effect", "CTE", null, "en#1")),
                List.of(group(Lang.ZH, "持续处理效应", "CTE", null, "zh#1")));
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).term().zh()).isEqualTo("持续处理效应");
        assertThat(cards.get(0).corpusRenderings()).isEmpty();
    }

    @Test
    void chineseOnlyTermWithoutAnyEnglishKeepsOnlyChinese() {
        Card c = linker.link(List.of(), List.of(group(Lang.ZH, "猫项圈", null, null, "zh#1"))).get(0);
        assertThat(c.term().en()).isNull();
        assertThat(c.id()).isEqualTo("猫项圈");
    }

    @Test
    void chineseOnlyTermGetsItsEnglishFromGlossaryPartsAndAnEnglishId() {
        Card c = linker.link(List.of(), List.of(group(Lang.ZH, "持续处理效应", null, null, "zh#1"))).get(0);
        assertThat(c.term().en()).isEqualTo("continual treatment effect");
        assertThat(c.id()).isEqualTo("continual-treatment-effect");
    }

    @Test
    void englishOnlyTermGetsItsChineseComposedOrKeepsItsName() {
        BilingualLinker withNames = new BilingualLinker(GLOSSARY, ZH,
                dev.termdeck.extract.en.EnglishLexicon.bundled()::isGeneral);
        assertThat(only(withNames, group(Lang.EN, "Monte Carlo simulation", null, null, "en#1")).term().zh())
                .isEqualTo("蒙特卡洛模拟");
        assertThat(only(withNames, group(Lang.EN, "Cooperative AI", null, null, "en#1")).term().zh())
                .as("a proper name is written as it is").isEqualTo("Cooperative AI");
        assertThat(only(withNames, group(Lang.EN, "Variational Counter Net", "VCNet", null, "en#1")).term().zh())
                .as("a long form that cannot be built is written as its short form").isEqualTo("VCNet");
        assertThat(only(withNames, group(Lang.EN, "Imaging Atmospheric Cherenkov Telescope", "IACT", null, "en#1"))
                .term().zh()).as("a name inside a compound stays in Latin letters").isEqualTo("成像大气Cherenkov望远镜");
    }

    @Test
    void aShortFormSpelledOutOtherwiseThanTheGlossaryMeetsNoTermOfTheGlossarysSense() {
        // arXiv: "Alzheimer's disease (AD)" in one paper, 异常检测（AD）in another. The glossary gives AD to several
        // entries (anomaly detection, Alzheimer's disease, ...): a shared short form meets only groups of the same
        // entry, so the two are no card.
        List<Card> cards = linker.link(
                List.of(group(Lang.EN, "Alzheimer's disease", "AD", null, "en#1")),
                List.of(group(Lang.ZH, "异常检测", "AD", null, "zh#1")));

        assertThat(cards).hasSize(2);
        Card alzheimer = cards.stream().filter(c -> "Alzheimer's disease".equals(c.term().en())).findFirst()
                .orElseThrow();
        assertThat(alzheimer.term().zh()).isNotEqualTo("异常检测");
        assertThat(linker.link(List.of(group(Lang.EN, "anomaly detection", "AD", null, "en#1")),
                List.of(group(Lang.ZH, "异常检测", "AD", null, "zh#1")))).hasSize(1);
    }

    @Test
    void aOneLetterVariableBesideAChineseTermIsNoEnglishSide() {
        // arXiv: "我们通过引入粒度（G）作为模型大小（N）和训练tokens（D）之外的基本scaling变量" gave a card "N" / 模型大小.
        Card byGloss = only(linker, group(Lang.ZH, "模型大小", null, "N", "zh#1"));
        Card byAbbr = only(linker, group(Lang.ZH, "模型大小", "N", null, "zh#1"));

        assertThat(byGloss.term().en()).isNotEqualTo("N");
        assertThat(byAbbr.term().en()).isNotEqualTo("N");
    }

    private static Card only(BilingualLinker l, TermGroup g) {
        return l.link(List.of(g), List.of()).get(0);
    }

    private static TermGroup group(Lang lang, String text, String abbr, String gloss, String doc) {
        return new TermGroup(lang, TermKeys.of(text), text, List.of(), abbr, gloss, "a sentence about " + text, true,
                List.of(new Source(doc, lang, "a sentence about " + text)), 1, 0.5);
    }
}
