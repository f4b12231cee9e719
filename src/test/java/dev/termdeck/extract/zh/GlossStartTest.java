package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Where a Chinese term glossed with a short form in brackets starts, on sentences of digest pages of the tune split
 * (arXiv 2506.20936, 2506.21552, 2512.19673, 2512.12080, 2506.11036, 2508.14948, 2506.23329, 2508.04017,
 * 2509.24505, 2508.14466, 2512.15036, 2508.02091): a verb written with its preposition is no part of it, 自我
 * ("self-") is, and so is a locative or numeral the segmenter split off its first character (前/馈 of 前馈网络), a
 * modifier of two characters the short form's capitals ask for (反向聚合（BAgger）), a Latin word written between hanzi
 * (跨模态Transformer块(CMTB)), a time word or adverb inside a name the short form's capitals ask for (马/尔/可夫), and
 * the words back to where the short form spells the term from its first letter (近似/最近/邻搜索（ANNS）); a measure
 * word after a numeral (一/种) is not, nor a word before the English the short form spells from its first word
 * (转移/用户表示（UR）), nor the verb that opens parallel clauses naming parts in brackets (评估 of arXiv 2510.11026).
 */
class GlossStartTest {
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(HanLpTermExtractorTest.ZH,
            HanLpTermExtractorTest.GLOSSARY);

    @Test
    void aVerbWrittenWithItsPrepositionIsNoPartOfTheTermAfterIt() {
        assertGlossed("现有方法主要依赖于线性混合皮肤绑定（LBS），但LBS存在体积损失和不自然变形等伪影，"
                + "且无法模拟软组织、毛发及灵活附属物等弹性材料。", "LBS", "线性混合皮肤绑定",
                t -> t.startsWith("依赖"));
    }

    @Test
    void selfIsThePrefixOfTheTermAndALocativeBeforeAVerbEndsTheWayBack() {
        // HanLP tags 自我 a pronoun; 中 of 人类动作中 ("from human actions") is no 中 of 语境中的单词.
        List<TermCandidate> c = extract("本研究训练模型以从人类动作中预测自我中心视频（PEVA），通过相对3D身体姿态表示的动作，"
                + "结合运动学姿态轨迹，模型学习如何从第一人称视角模拟人类动作对环境的影响。");

        assertThat(c).anyMatch(t -> t.text().endsWith("自我中心视频"));
        assertThat(c).noneMatch(t -> t.text().contains("人类动作中") || t.text().equals("中心视频"));
    }

    @Test
    void aLocativeBeforeDeStillJoinsTheTerm() {
        assertThat(extract("最后,图 2H 显示了语境中的单词 (WiC) 基准。")).anyMatch(t -> t.text().equals("语境中的单词"));
    }

    @Test
    void aLocativeTheSegmenterSplitOffTheFirstCharacterOfTheTermStartsIt() {
        // arXiv 2512.19673 (tune): HanLP reads 和/前/馈/网络, and the way back stopped at the locative 前, so 馈网络
        // ("-forward network") took the glossary's FFN, 逐位置前馈网络.
        assertGlossed("这种分解揭示了内部层策略（对应于来自各个层的贡献）和内部模块策略"
                + "（与每层内的自注意力和前馈网络（FFN）组件对齐）。", "FFN", "前馈网络",
                t -> t.equals("馈网络"));
    }

    @Test
    void aVerbThatEndsTermsElsewhereHeadsTheTermRightBeforeTheBracket() {
        // arXiv 2506.05016 (tune): HanLP reads 即/多/点/接近, and 接近 ("close to") ends a term anywhere else, so the
        // term of MPP ("MultiPoint Proximity") was not found and its card copied MPP as its Chinese side.
        assertGlossed("本文提出了一种基于形状到区域内一组参考点的缩放距离的编码方法，即多点接近（MPP）编码。",
                "MPP", "多点接近", t -> false);
    }

    @Test
    void aModifierTheWayBackStoppedAtStartsTheTermWhenTheShortFormHasMoreCapitalsThanItWords() {
        // arXiv 2512.12080 (tune): HanLP tags 反向 ("backwards") a locative, the way back stopped at it, and 聚合
        // ("aggregation") took BAgger, "Backwards Aggregation": a card of its own beside the long form's.
        assertGlossed("我们引入了反向聚合（BAgger），这是一种自监督方案，它从模型自身的 rollout 中构建校正轨迹，"
                + "从而教会模型从错误中恢复。", "BAgger", "反向聚合",
                t -> t.equals("聚合"));
    }

    @Test
    void aMeasureWordAfterTheNumeralThatEndedTheWayBackIsNoPartOfTheTerm() {
        // arXiv 2506.11036 (tune): HanLP reads 一/种/交互式..., and the way back took the measure word 种 ("kind").
        assertGlossed("为了解决这些问题，本文提出了一种交互式跨模态学习框架（ICL），通过人本交互增强文本查询的可区分性。",
                "ICL", "交互式跨模态学习框架", t -> t.startsWith("种"));
    }

    @Test
    void aWordBeforeTheEnglishTheShortFormSpellsFromItsFirstWordIsNoPartOfTheTerm() {
        // arXiv 2508.14948 (tune): 转移 ("transfer") is the clause's verb; UR spells "user representation" of 用户表示.
        assertGlossed("然而，现有方法存在关键局限性：仅提取和转移用户表示（UR），忽视了有价值的物品表示（IR）"
                + "和用户-物品交叉表示（CR）。", "UR", "用户表示",
                t -> t.startsWith("转移"));
    }

    @Test
    void aPluralShortFormSpellsTheTermWithoutItsS() {
        // arXiv 2506.23329 (tune): HanLP tags 要求 ("asks") a noun; VLAs, without its plural s, spells "visual language
        // agent" of 视觉语言代理, which the gloss was dropped for while the s had to be spelled too.
        assertGlossed("基于分析-合成范式，IR3D-Bench要求视觉语言代理（VLAs）主动使用编程和渲染工具重建输入图像的3D结构，"
                + "实现工具使用下的逆渲染。", "VLAs", "视觉语言代理",
                t -> t.startsWith("要求"));
    }

    @Test
    void aFirstWordStaysWhenTheEnglishOfTheRestCannotBeBuilt() {
        // arXiv 2508.04017 (tune): 输入 ("input"), a verb to HanLP, is the first word of ISEval's name.
        assertGlossed("本文提出了输入审查能力评估框架（ISEval），涵盖七类缺陷前提和三种评估指标。",
                "ISEval", "输入审查能力评估框架", t -> false);
    }

    @Test
    void aLatinWordWrittenBetweenHanziIsAWordOfTheTerm() {
        // arXiv 2509.24505 (tune): the way back stopped at Transformer, and 块 ("block") was no gloss of CMTB, so the
        // glossary's Transformer块 stood for "Cross-modal Transformer Block".
        assertGlossed("EQUISeg建立在四阶段的跨模态Transformer块(CMTB)之上，实现了高效的多模态融合和分层选择。",
                "CMTB", "跨模态Transformer块", t -> t.equals("Transformer块"));
    }

    @Test
    void aLatinWordAfterAVerbStartsTheTerm() {
        // arXiv 2508.14466 (tune): 称为 ("called") ends the way back; Aria is the first word of the data set's name.
        assertGlossed("为了应对这一领域缺乏训练数据的问题，我们进一步贡献了一个数据收集管道，并通过该方法收集了一个数据集，"
                + "称为Aria导航数据集（AND）。",
                "AND", "Aria导航数据集", t -> false);
    }

    @Test
    void aTimeWordOrAdverbInsideTheNameIsCrossedWhileTheShortFormHasMoreCapitalsThanTheTermWords() {
        // arXiv 2512.15036 (tune): HanLP reads 马/尔/可夫 and tags 尔 Rg, which the way back stopped at; POMDP has
        // five capitals and 可夫决策过程 three words.
        assertGlossed("我们还将这种谱视角扩展到部分可观测马尔可夫决策过程（POMDP），并验证了这些算法在DeepMind Control Suite"
                + "的20多项具有挑战性的任务中，取得了与当前最先进的无模型和基于模型的基线方法相当或更优越的性能。",
                "POMDP", "部分可观测马尔可夫决策过程", t -> t.equals("可夫决策过程"));
    }

    @Test
    void aTermTheShortFormSpellsFromItsFirstLetterRunsBackOverAWordTheWayBackStoppedAt() {
        // arXiv 2508.02091 (tune): HanLP tags 最近 ("nearest", also "recently") a time word; ANNS spells "approximate
        // nearest neighbor search" of 近似最近邻搜索 and not "neighbor search" of 邻搜索.
        assertGlossed("近似最近邻搜索（ANNS）算法在AI应用中变得愈发重要，尤其是在检索增强生成（RAG）和基于代理的LLM应用中。",
                "ANNS", "近似最近邻搜索", t -> t.equals("邻搜索"));
    }

    @Test
    void theVerbOfParallelClausesThatNamePartsInBracketsIsNoWordOfTheName() {
        // arXiv 2510.11026 (tune): 评估 ("evaluate", tagged a verbal noun) opens the three clauses that name the
        // benchmark's parts; it came on the card of GIR-Bench-UGC as 评估理解-生成一致性. (The subsets' names no longer
        // gloss the Chinese before them at all: NameVariantsTest.)
        List<TermCandidate> c = extract("为此，本文提出了GIR-Bench，一个全面的基准，评估统一模型在三个互补视角下的表现。首先，"
                + "评估理解-生成一致性（GIR-Bench-UGC），其次，评估推理驱动的文本到图像生成（GIR-Bench-T2I），最后，"
                + "评估多步推理在编辑中的应用（GIR-Bench-Edit）。");

        assertThat(c).noneMatch(t -> t.text().startsWith("评估"));
    }

    /** The gloss of {@code abbr} in {@code text} is {@code term}, and no candidate's text is {@code wrong}. */
    private void assertGlossed(String text, String abbr, String term, Predicate<String> wrong) {
        List<TermCandidate> c = extract(text);

        assertThat(c).anyMatch(t -> abbr.equals(t.abbr()) && t.text().equals(term));
        assertThat(c).noneMatch(t -> wrong.test(t.text()));
    }

    private List<TermCandidate> extract(String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.ZH, null, text));
    }
}
