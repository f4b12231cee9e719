package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.Counterpart.Evidence;
import dev.termdeck.extract.TermGroup;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cards of terms whose paper came with its translation: the counterpart the alignment found pairs the English and
 * the Chinese term, and decides the Chinese side when no standard term is known (terms and renderings from real
 * digest pages).
 */
class TranslatedPapersLinkerTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);

    @Test
    void anEnglishTermAndItsRenderingInTheTranslationAreOneCard() {
        TermGroup en = group(Lang.EN, "instance enhancer", null, List.of(found("实例增强器", null)));
        TermGroup zh = group(Lang.ZH, "实例增强器", null, List.of(found("instance enhancer", null)));

        List<Card> cards = linker.link(List.of(en), List.of(zh));

        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.term().en()).isEqualTo("instance enhancer");
            assertThat(c.term().zh()).isEqualTo("实例增强器");
            assertThat(c.corpusRenderings()).isEmpty();
        });
    }

    @Test
    void withoutAStandardTermTheTranslationsRenderingIsTheChineseSide() {
        Card c = only(group(Lang.EN, "tracklet condition", null, List.of(found("轨迹条件", null))));

        assertThat(c.term().zh()).isEqualTo("轨迹条件");
        assertThat(c.pinyin()).isEqualTo("guǐ jì tiáo jiàn");
    }

    @Test
    void theStandardTermLeadsAndTheTranslationsRenderingIsAnAliasMarkedAsTheCorpusRendering() {
        Card c = only(group(Lang.EN, "chain-of-thought", "CoT", List.of(found("链式思维", null))));

        assertThat(c.term().zh()).isEqualTo("思维链");
        assertThat(c.aliases().zh()).contains("链式思维");
        assertThat(c.corpusRenderings()).containsExactly("链式思维");
    }

    @Test
    void aChineseCandidateCutShorterThanTheAlignedRenderingGivesWayToIt() {
        // The Chinese extractor read 耦原型学习 out of 去耦原型学习（DPL）; the alignment bounded it whole.
        TermGroup en = group(Lang.EN, "Decoupled Prototype Learning", "DPL", List.of(found("去耦原型学习", null)));
        TermGroup zh = group(Lang.ZH, "耦原型学习", "DPL", List.of(found("Decoupled Prototype Learning", null)));

        Card c = linker.link(List.of(en), List.of(zh)).get(0);

        assertThat(c.term().zh()).isEqualTo("去耦原型学习");
        assertThat(c.aliases().zh()).doesNotContain("耦原型学习");
    }

    @Test
    void aShortFormTwoConceptsShareGivesNoConceptTheOthersChinese() {
        // "Self-supervised contrastive learning (CL) ..." (arXiv 2508.14015): the glossary's CL is continual
        // learning, 持续学习; "Classical video quality assessment (VQA) methods ...": the glossary's VQA is visual
        // question answering, 视觉问答.
        Card cl = only(group(Lang.EN, "contrastive learning", "CL", List.of(Counterpart.found("对比学习",
                Evidence.ABBREVIATION, null))));
        assertThat(cl.term().zh()).isEqualTo("对比学习");
        assertThat(cl.term().en()).isEqualTo("contrastive learning");

        TermGroup vqa = group(Lang.ZH, "视频质量评估", "VQA", List.of(Counterpart.NOT_FOUND));
        assertThat(linker.entryOf(vqa)).isEmpty();
        assertThat(linker.entryOf(group(Lang.ZH, "视觉问答", "VQA", List.of()))).isPresent();
        // The same long form written otherwise still finds its entry: plural and case, a short form inside it
        // ("RL from AI Feedback (RLAIF)", Constitutional AI), a Chinese mention shorter than the standard term
        // (例如扩散(DDPM)和基于变压器的SR模型, a Chinese survey of super-resolution).
        assertThat(linker.entryOf(group(Lang.EN, "Sparse Autoencoders", "SAE", List.of()))).isPresent();
        assertThat(linker.entryOf(group(Lang.EN, "RL from AI Feedback", "RLAIF", List.of()))).isPresent();
        assertThat(linker.entryOf(group(Lang.ZH, "扩散", "DDPM", List.of()))).isPresent();
        // "Vision-Language Agents (VLAs)" (arXiv 2506.23329): its short form among its forms spells nothing out.
        TermGroup agents = new TermGroup(Lang.EN, TermKeys.of("Vision-Language Agent"), "Vision-Language Agent",
                List.of("VLAs"), "VLA", null, "a sentence", false, List.of(new Source("p#1", Lang.EN, "a sentence")),
                1, 0.5, List.of(Counterpart.found("视觉语言代理", Evidence.ABBREVIATION, null)));
        assertThat(linker.entryOf(agents)).isEmpty();
        assertThat(only(agents).term().zh()).isEqualTo("视觉语言代理");
    }

    @Test
    void termsDefinedWithOneShortFormInTheTwoVersionsOfAPaperAreOneCard() {
        // arXiv 2506.11036: "Interactive Cross-modal Learning framework (ICL)" and 一种交互式跨模态学习框架（ICL）, which
        // the Chinese extractor read with the classifier 种; the glossary's ICL is in-context learning.
        TermGroup en = group(Lang.EN, "Interactive Cross-modal Learning framework", "ICL",
                List.of(Counterpart.found("交互式跨模态学习框架", Evidence.ABBREVIATION, null)));
        TermGroup zh = group(Lang.ZH, "种交互式跨模态学习框架", "ICL", List.of(Counterpart.NOT_FOUND));

        List<Card> cards = linker.link(List.of(en), List.of(zh));

        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.term().en()).isEqualTo("Interactive Cross-modal Learning framework");
            assertThat(c.term().zh()).isEqualTo("交互式跨模态学习框架");
        });
    }

    @Test
    void englishWordsAreNeverTheChineseSideOfATermFromATranslatedPaper() {
        // A translation that kept "Composed Audio Retrieval (CoAR)" in English (as one kept "Composed Video Retrieval
        // (CoVR)", which the dictionary now holds): the short form, a name, stands for it; a common term gets no
        // Chinese side rather than English words.
        TermGroup covr = group(Lang.EN, "Composed Audio Retrieval", "CoAR", List.of(Counterpart.NOT_FOUND));
        TermGroup flow = group(Lang.EN, "control data flow graph", "CDFG", List.of(Counterpart.NOT_FOUND));

        assertThat(only(covr).term().zh()).isEqualTo("CoAR");
        assertThat(only(flow).term().zh()).isNull();
    }

    @Test
    void aNameTheTranslationKeepsInLatinLettersIsItsChineseSide() {
        Card c = only(group(Lang.EN, "Vejde", null, List.of(Counterpart.found("Vejde", Evidence.NAME, null))));

        assertThat(c.term().zh()).isEqualTo("Vejde");
    }

    @Test
    void aDefinitionOnOneSideGetsTheAlignedSentenceOnTheOther() {
        TermGroup en = new TermGroup(Lang.EN, "trackdiffusion", "TrackDiffusion", List.of(), null, null,
                "TrackDiffusion is a novel video generation framework.", true,
                List.of(new Source("t#1", Lang.EN, "we propose TrackDiffusion")), 1, 0.7,
                List.of(Counterpart.found("TrackDiffusion", Evidence.NAME, "本文提出了TrackDiffusion，一个新的视频生成框架。")));

        Card c = only(en);

        assertThat(c.definition().en()).isEqualTo("TrackDiffusion is a novel video generation framework.");
        assertThat(c.definition().zh()).isEqualTo("本文提出了TrackDiffusion，一个新的视频生成框架。");
    }

    private Card only(TermGroup g) {
        return linker.link(List.of(g), List.of()).get(0);
    }

    private static Counterpart found(String text, String definition) {
        return Counterpart.found(text, Evidence.ALIGNMENT, definition);
    }

    private static TermGroup group(Lang lang, String text, String abbr, List<Counterpart> counterparts) {
        String doc = lang == Lang.EN ? "p#1" : "p#1@zh";
        return new TermGroup(lang, TermKeys.of(text), text, List.of(), abbr, null, "a sentence about " + text, false,
                List.of(new Source(doc, lang, "a sentence about " + text)), 1, 0.5, counterparts);
    }
}
