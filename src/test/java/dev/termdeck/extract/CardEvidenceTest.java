package dev.termdeck.extract;

import static dev.termdeck.extract.TunePage.cardOf;
import static dev.termdeck.extract.TunePage.chinese;
import static dev.termdeck.extract.TunePage.english;
import static dev.termdeck.extract.TunePage.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.deck.Generated;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.bilingual.BilingualLinker;
import dev.termdeck.extract.bilingual.ComposedDefinitions;
import dev.termdeck.extract.bilingual.GlossaryDefinitions;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.HanLpTermExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The card rule of {@link CardEvidence} on real abstracts of the arXiv tune pages, each kept and each dropped kind of
 * evidence with the sentence it was measured on: a card without a definition stays with a short form its paper
 * brackets, a name as written, both versions of its paper, or a second paper, and goes without them, unless its paper
 * has no translation to ask.
 */
class CardEvidenceTest {
    private static final String POSTBC = "251216911v1-posterior-behavioral-cloning#1";
    private static final String POSTBC_EN = "Furthermore, this policy -- which we refer to as the posterior behavioral "
            + "cloning (PostBC) policy -- achieves this while ensuring pretrained performance is no worse than that of "
            + "the BC policy. We then show that PostBC is practically implementable with modern generative models in "
            + "robotic control domains.";
    private static final String POSTBC_ZH = "因此，提出后验行为克隆(PostBC)策略，该策略训练模型来模拟给定演示数据集的演示者行为的后验分布，"
            + "从而确保覆盖演示者的行为，并实现更有效的微调。";
    private static final String HYPERET = "251020322v2-hyperet#1";
    private static final String HYPERET_EN = "Concretely, we propose an efficient training paradigm for MLLMs, dubbed as "
            + "HyperET, which can optimize visual representations to align with their textual counterparts at an "
            + "arbitrary granularity level through dynamic hyperbolic radius adjustment in hyperbolic space. HyperET "
            + "employs learnable matrices with Möbius multiplication operations, implemented via three effective "
            + "configurations: diagonal scaling matrices, block-diagonal matrices, and banded matrices, providing a "
            + "flexible yet efficient parametrization strategy.";
    private static final String HYPERET_ZH = "具体来说，我们提出了一种用于MLLM的高效训练范式，称为HyperET，它可以通过双曲空间中的动态双曲"
            + "半径调整来优化视觉表示，使其与文本对应物在任意粒度级别上对齐。HyperET采用具有Möbius乘法运算的可学习矩阵，通过三种有效的"
            + "配置实现：对角缩放矩阵、块对角矩阵和带状矩阵，提供了一种灵活而高效的参数化策略。";
    private static final String MPP = "250605016v1-multi-point-proximity-encoding#1";
    private static final String MPP_EN = "We show that MPP encoding possesses the desirable properties of "
            + "shape-centricity and continuity, can be used to differentiate spatial objects based on their geometric "
            + "features, and can capture pairwise spatial relationships with high precision.";
    private static final String MPP_ZH = "研究表明，MPP编码具有以形状为中心和连续性的优良特性，能够基于几何特征区分空间对象，并高精度捕捉成对空间关系。";
    private static final String FRUIT = "250519863v1-fruitnerf#1";
    private static final String FRUIT_EN = "Our work is based on FruitNeRF, which employs a neural semantic field "
            + "combined with a fruit-specific clustering approach. We evaluate our approach using a synthetic dataset "
            + "containing apples, plums, lemons, pears, peaches, and mangoes, as well as a real-world benchmark apple "
            + "dataset.";
    private static final String FRUIT_ZH = "我们的工作基于FruitNeRF，后者采用了神经语义场和特定水果的聚类方法。";

    private static final String COVR = "250605274v2-from-play-to-replay-composed-video-retrieval#1";
    private static final String COVR_EN = "TF-CoVR focuses on gymnastics and diving, and provides 180K triplets drawn "
            + "from FineGym and FineDiving datasets.";
    private static final String COVR_ZH = "Composed Video Retrieval (CoVR)旨在根据查询视频和描述修改的文本检索目标视频。";
    private static final String WINMAMBA = "251113138v1-winmamba-multi-scale-shifted-windows#1";
    private static final String WINMAMBA_EN = "Meanwhile, to obtain rich contextual cues within the linear state space, we "
            + "equip the WinMamba layer with a learnable positional encoding and a window-shift strategy.";
    private static final String WINMAMBA_ZH = "3D目标检测对于自动驾驶至关重要，但如何在最大化计算效率的同时捕获长程空间依赖性仍然是一个根本性的挑战。";
    private static final String BUPO = "251219673v1-bottom-up-policy-optimization#1";
    private static final String BUPO_EN = "This decomposition reveals Internal Layer Policies, corresponding to "
            + "contributions from individual layers, and Internal Modular Policies, which align with the self-attention "
            + "and feed-forward network (FFN) components within each layer.";
    private static final String BUPO_ZH = "现有的强化学习方法将大型语言模型（LLM）视为一个单一的统一策略，忽略了其内部机制。";

    /** The whole HyperET abstract and its translation, as the tune page gives them. */
    private static final String HYPERET_ABSTRACT = "Multi-modal large language models (MLLMs) have emerged as a transformative approach for aligning "
            + "visual and textual understanding. They typically require extremely high computational resources "
            + "(e.g., thousands of GPUs) for training to achieve cross-modal alignment at multi-granularity levels. "
            + "We argue that a key source of this inefficiency lies in the vision encoders they widely equip with, "
            + "e.g., CLIP and SAM, which lack the alignment with language at multi-granularity levels. To address "
            + "this issue, in this paper, we leverage hyperbolic space, which inherently models hierarchical levels "
            + "and thus provides a principled framework for bridging the granularity gap between visual and textual "
            + "modalities at an arbitrary granularity level. Concretely, we propose an efficient training paradigm "
            + "for MLLMs, dubbed as HyperET, which can optimize visual representations to align with their textual "
            + "counterparts at an arbitrary granularity level through dynamic hyperbolic radius adjustment in "
            + "hyperbolic space. HyperET employs learnable matrices with Möbius multiplication operations, "
            + "implemented via three effective configurations: diagonal scaling matrices, block-diagonal matrices, "
            + "and banded matrices, providing a flexible yet efficient parametrization strategy. Comprehensive "
            + "experiments across multiple MLLM benchmarks demonstrate that HyperET consistently improves both "
            + "existing pre-training and fine-tuning MLLMs clearly with less than 1% additional parameters.";
    private static final String HYPERET_TRANSLATION = "多模态大语言模型(MLLMs)已成为对齐视觉和文本理解的一种变革性方法。它们通常需要极高的计算资源(例如，数千个GPU)"
            + "进行训练，以实现多粒度级别的跨模态对齐。我们认为，这种低效率的一个关键来源在于它们广泛配备的视觉编码器，例如CLIP和S"
            + "AM，这些编码器缺乏与语言在多粒度级别上的对齐。为了解决这个问题，在本文中，我们利用双曲空间，它固有地建模了层次结构，因"
            + "此提供了一个原则性的框架，用于弥合视觉和文本模态之间在任意粒度级别上的粒度差距。具体来说，我们提出了一种用于MLLM的高"
            + "效训练范式，称为HyperET，它可以通过双曲空间中的动态双曲半径调整来优化视觉表示，使其与文本对应物在任意粒度级别上对"
            + "齐。HyperET采用具有Möbius乘法运算的可学习矩阵，通过三种有效的配置实现：对角缩放矩阵、块对角矩阵和带状矩阵，"
            + "提供了一种灵活而高效的参数化策略。跨多个MLLM基准的综合实验表明，HyperET始终如一地改进了现有的预训练和微调ML"
            + "LM，且附加参数不到1%。";

    private static final List<Document> DOCS = List.of(
            english(POSTBC, POSTBC_EN), chinese(POSTBC, POSTBC_ZH), english(HYPERET, HYPERET_EN), chinese(HYPERET, HYPERET_ZH),
            english(MPP, MPP_EN), chinese(MPP, MPP_ZH), english(FRUIT, FRUIT_EN), chinese(FRUIT, FRUIT_ZH), english(COVR, COVR_EN),
            chinese(COVR, COVR_ZH), english(WINMAMBA, WINMAMBA_EN), chinese(WINMAMBA, WINMAMBA_ZH), english(BUPO, BUPO_EN),
            chinese(BUPO, BUPO_ZH));

    @Test
    void aDefinedCardStaysWithoutOtherEvidence() {
        Card matrix = cardOf("learnable matrix", "可学习矩阵", null, source(HYPERET, Lang.EN, HYPERET_EN)).toBuilder()
                .definition(Lang.EN, "A matrix whose entries are trained.", DefinitionSource.DICTIONARY).build();

        assertThat(kept(matrix)).isTrue();
    }

    @Test
    void aShortFormThePaperBracketsKeepsAnUndefinedCard() {
        Card postbc = cardOf("posterior behavioral cloning", "后验行为克隆", "PostBC", source(POSTBC, Lang.EN, POSTBC_EN));
        Card zhOnly = cardOf("PostBC", "PostBC", null, source(POSTBC, Lang.ZH, POSTBC_ZH));

        assertThat(kept(postbc)).isTrue();
        assertThat(kept(zhOnly)).isTrue();
        // The same short form when the paper never writes it in brackets (a glossary's, the linker's): no evidence.
        Card unwritten = cardOf("posterior behavioral cloning", "后验行为克隆", "PBC", source(POSTBC, Lang.EN, POSTBC_EN));
        assertThat(kept(unwritten)).isFalse();
    }

    @Test
    void aNameAsWrittenKeepsAnUndefinedCardAndACapitalOnlyFirstDoesNot() {
        Card fruit = cardOf("FruitNeRF", "FruitNeRF", null, source(FRUIT, Lang.EN, FRUIT_EN));
        Card flat = cardOf("Asymmetric", null, null, source(FRUIT, Lang.EN, FRUIT_EN));
        Card mixed = cardOf("LLM-guided embodied agent", "LLM引导的具身代理", null, source(FRUIT, Lang.EN, FRUIT_EN));

        assertThat(kept(fruit)).isTrue();
        assertThat(NameEvidence.isName("Sparse-view 3D Gaussian Splatting")).isTrue();
        assertThat(NameEvidence.isName("BOF4-S")).isTrue();
        assertThat(NameEvidence.isName("SMT2020")).isTrue();
        assertThat(kept(flat)).isFalse();
        assertThat(kept(mixed)).isFalse();
        assertThat(NameEvidence.isName("Eulerian background grid")).isFalse();
        assertThat(NameEvidence.isName("synthetic dataset")).isFalse();
    }

    @Test
    void capitalsOnEverydayWordsAreNoName() {
        Card layer = cardOf("Internal Layer Policies", "内部层策略", null, source(BUPO, Lang.EN, BUPO_EN));

        assertThat(kept(layer)).isFalse();
        // A name of everyday words is kept by the short form its paper brackets.
        assertThat(NameEvidence.isName("Motion Object Segmentation")).isFalse();
    }

    @Test
    void aCoinedNameAndItsKindAreACardUnlessTheNameHasItsOwn() {
        Card diving = cardOf("FineDiving dataset", "FineDiving数据集", null, source(COVR, Lang.EN, COVR_EN));
        Card layer = cardOf("WinMamba layer", "WinMamba层", null, source(WINMAMBA, Lang.EN, WINMAMBA_EN));
        Card winMamba = cardOf("WinMamba", "WinMamba", null, source(WINMAMBA, Lang.EN, WINMAMBA_EN));

        assertThat(kept(diving)).isTrue();
        assertThat(kept(layer)).isTrue();
        CardEvidence.Outcome both = CardEvidence.apply(List.of(layer, winMamba), List.of(layer, winMamba), DOCS);
        assertThat(both.cards()).containsExactly(winMamba);
        assertThat(NameEvidence.isNamedKind("SMT2020 testbed", java.util.Set.of())).isTrue();
        assertThat(NameEvidence.isNamedKind("LLM-guided embodied agent", java.util.Set.of())).isFalse();
        assertThat(NameEvidence.isNamedKind("3D latent feature", java.util.Set.of())).isFalse();
        // "Meanwhile, we develop a PyQt5-based interactive software, which supports point, box, and text-based prompts."
        assertThat(NameEvidence.isNamedKind("PyQt5-based interactive software", java.util.Set.of())).isFalse();
    }

    @Test
    void bothVersionsOfThePaperKeepAnUndefinedCardAndOneVersionOfATranslatedPaperDoesNot() {
        Card mpp = cardOf("MPP encoding", "MPP编码", null, source(MPP, Lang.EN, MPP_EN), source(MPP, Lang.ZH, MPP_ZH));
        Card matrix = cardOf("learnable matrix", "可学习矩阵", null, source(HYPERET, Lang.EN, HYPERET_EN));
        Card benchmark = cardOf("real-world benchmark", "真实世界基准", null, source(FRUIT, Lang.EN, FRUIT_EN));

        assertThat(kept(mpp)).isTrue();
        assertThat(kept(matrix)).isFalse();
        assertThat(kept(benchmark)).isFalse();
    }

    @Test
    void aSecondPaperAloneKeepsNoUndefinedCard() {
        Card matrix = cardOf("learnable matrix", "可学习矩阵", null, source(HYPERET, Lang.EN, HYPERET_EN),
                source(MPP, Lang.EN, MPP_EN));

        assertThat(CardEvidence.evidence(matrix, java.util.Map.of(), java.util.Map.of(HYPERET, java.util.Set.of(Lang.EN,
                Lang.ZH), MPP, java.util.Set.of(Lang.EN, Lang.ZH)), java.util.Set.of()))
                .containsExactly(CardEvidence.Evidence.PAPERS);
        assertThat(kept(matrix)).isFalse();
    }

    @Test
    void aDefinitionComposedForAnEntryAndAGenericHeadIsNoEvidence() {
        String gan = "250515822v1-mambastyle#1";
        String sentence = "Existing GAN inversion methods struggle to balance high reconstruction quality, effective "
                + "editability, and computational efficiency.";
        List<Document> docs = List.of(english(gan, sentence), chinese(gan, "现有的GAN反演方法难以平衡高重建质量、有效可编辑性和计算效率。"));
        Card wrapper = cardOf("GAN inversion method", "GAN反演方法", null, source(gan, Lang.EN, sentence)).toBuilder()
                .definition(Lang.EN, "A method for GAN inversion: finding the latent code with which a pretrained GAN "
                        + "generator reproduces a given image.", DefinitionSource.COMPOSED).build();
        Card entry = cardOf("GAN inversion", "GAN反演", null, source(gan, Lang.EN, sentence)).toBuilder()
                .definition(Lang.EN, "Finding the latent code with which a pretrained GAN generator reproduces a given "
                        + "image.", DefinitionSource.DICTIONARY).build();

        assertThat(CardEvidence.apply(List.of(wrapper, entry), List.of(wrapper, entry), docs).cards())
                .containsExactly(entry);
    }

    @Test
    void aPaperWithoutItsTranslationKeepsItsCards() {
        List<Document> english = List.of(english(HYPERET, HYPERET_EN));
        Card matrix = cardOf("learnable matrix", "可学习矩阵", null, source(HYPERET, Lang.EN, HYPERET_EN));

        CardEvidence.Outcome out = CardEvidence.apply(List.of(matrix), List.of(matrix), english);

        assertThat(out.cards()).containsExactly(matrix);
        assertThat(out.leftOut()).isZero();
    }

    @Test
    void saysWhichPapersTheRuleLeftWithNoCard() {
        Card matrix = cardOf("learnable matrix", "可学习矩阵", null, source(HYPERET, Lang.EN, HYPERET_EN));
        Card fruit = cardOf("FruitNeRF", "FruitNeRF", null, source(FRUIT, Lang.EN, FRUIT_EN));

        CardEvidence.Outcome out = CardEvidence.apply(List.of(matrix, fruit), List.of(matrix, fruit), DOCS);

        assertThat(out.cards()).containsExactly(fruit);
        assertThat(out.leftOut()).isEqualTo(1);
        assertThat(out.papersWithoutCards()).containsExactly(HYPERET);
    }

    /**
     * The whole build on the HyperET page with the real extractors and the bundled dictionary, at most 4 terms a paper:
     * off, the card rules leave the 4 best candidates, "MLLM benchmark" (a short form and a noun, {@link PlainCards})
     * among them ("diagonal scaling matrix", said once, in the English version only, no definition, was the 4th before
     * the dictionary's defined "cross-modal alignment" ranked above it); on, it is left out, the listener is told, and the paper's cap is filled again from the candidates after the 4th, so the
     * paper still has 4 cards, every one defined or with evidence.
     */
    @Test
    void theAssemblerLeavesOutUnsupportedCardsFillsTheCapAgainAndReportsIt() {
        HanLpChinese hanlp = HanLpChinese.get();
        Glossary glossary = new GlossaryReader(hanlp).builtIn();
        DeckAssembler on = new DeckAssembler(List.of(
                new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled(), glossary),
                new HanLpTermExtractor(hanlp, glossary)), new dev.termdeck.extract.align.PaperAligner(glossary, hanlp),
                new BilingualLinker(glossary, hanlp, EnglishLexicon.bundled()::isGeneral), new Selection(4, 0.3, 0),
                GenericPhrases.bundled(), 1, new GlossaryDefinitions(glossary).orElse(new ComposedDefinitions(glossary)));
        DeckSpec spec = new DeckSpec("t", Bilingual.of(Lang.EN, "T"), List.of(),
                new Generated("termdeck test", "2026-01-01T00:00:00Z", List.of()));
        List<Document> page = List.of(english(HYPERET, HYPERET_ABSTRACT), chinese(HYPERET, HYPERET_TRANSLATION));
        List<Integer> told = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void documentDone(int done, int total) {
            }

            @Override
            public void cardRules(int leftOut, List<String> papersWithoutCards) {
                told.add(leftOut);
                told.add(papersWithoutCards.size());
            }
        };

        List<Card> ruled = on.assemble(page, spec, listener).cards();
        List<Card> all = on.cardRules(false).assemble(page, spec, listener).cards();

        assertThat(on.cardRules()).isTrue();
        assertThat(on.cardRules(false).cardRules()).isFalse();
        assertThat(all).extracting(c -> c.term(Lang.EN)).contains("MLLM benchmark").hasSize(4);
        assertThat(ruled).extracting(c -> c.term(Lang.EN)).doesNotContain("diagonal scaling matrix", "MLLM benchmark")
                .contains("HyperET").hasSize(4);
        assertThat(ruled).allSatisfy(c -> assertThat(CardEvidence.defined(c) || NameEvidence.isName(c.term(Lang.EN))
                || c.abbr() != null || c.sources().stream().map(Source::lang).distinct().count() == 2).isTrue());
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).isGreaterThanOrEqualTo(1);
        assertThat(told.get(1)).isZero();
    }

    /**
     * A Chinese phrase with no English side whose only definition is its abstract's, here the sentence it was found in
     * (tune page 2512.00396; the judges' 核心贡献), counts as undefined; with its English side, or with a dictionary's
     * definition, it is defined.
     */
    @Test
    void aChineseCardWithNoEnglishSideIsNotDefinedByItsAbstract() {
        TunePage gait = new TunePage("251200396v2-time-series-at-the-edge-tiny-separable-cnns#1", "We compare "
                + "magnitude thresholding to three 1D CNNs for time-series analysis: a literature baseline (separable "
                + "convolutions) and two ultra-light models - one purely separable and one with residual connections.",
                "我们将幅度阈值法与三种用于时间序列分析的1D CNN进行比较：一种文献基线（可分离卷积）和两种超轻量级模型——一种纯可分离模型和一种具有残差连接的模型。");
        Card light = gait.card("x", "超轻量级模型", null, Lang.ZH).toBuilder().term(Lang.EN, null)
                .definition(Lang.ZH, gait.zh(), DefinitionSource.ABSTRACT).build();
        Card withEnglish = light.toBuilder().term(Lang.EN, "ultra-light model").build();
        Card dictionary = light.toBuilder().definition(Lang.ZH, "参数量极少、可在边缘设备上运行的模型。",
                DefinitionSource.DICTIONARY).build();
        List<Card> all = List.of(light, withEnglish, dictionary);

        assertThat(CardEvidence.apply(all, all, gait.docs()).cards()).containsExactly(withEnglish, dictionary);
        assertThat(CardEvidence.sentenceOnly(light)).isTrue();
    }

    private static boolean kept(Card c) {
        return CardEvidence.apply(List.of(c), List.of(c), DOCS).cards().contains(c);
    }
}
