package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.zh.HanLpChinese;
import org.junit.jupiter.api.Test;

/**
 * Definitions composed from the bundled dictionary for compound terms, on cards of the arXiv tune half (their terms,
 * Chinese renderings and sentences as the build made them).
 */
class ComposedDefinitionsTest {
    private static final Glossary GLOSSARY = new GlossaryReader(HanLpChinese.get()).builtIn();
    private final ComposedDefinitions composed = new ComposedDefinitions(GLOSSARY);

    @Test
    void anEntryBeforeATaskNounIsWhatTheTaskActsOn() {
        Card c = card("optical flow estimation", "光流估计", "Applied to event-based object detection and optical flow "
                + "estimation, CSSL achieves comparable or superior performance to state-of-the-art methods while "
                + "maintaining extremely high neuronal sparsity.");

        assertThat(composed.lookup(c, Lang.EN)).isEqualTo(new dev.termdeck.extract.DefinitionDictionary.Entry(
                "Estimating the optical flow: the apparent per-pixel motion between two video frames, given as a 2D "
                        + "displacement vector for each pixel.", DefinitionSource.COMPOSED));
        // The entry's closing "also the task of estimating it" is its other sense, not the part's here.
        assertThat(composed.lookup(c, Lang.ZH).text()).isEqualTo("估计光流。光流指相邻两帧图像之间每个像素的表观运动，用二维位移向量表示。");
    }

    @Test
    void aPartDefinedForTwoSensesLendsOnlyTheFirst() {
        // The entry observation also gives the statistical sense ("; also a single recorded data point ..."): the
        // dictionary writes a term's other sense as such a closing clause, which a composition leaves out.
        Card c = card("observation reconstruction", "观察重建", "M3PO integrates an implicit world model, trained to "
                + "predict task outcomes without observation reconstruction, with a hybrid exploration strategy that "
                + "combines model-based planning and model-free uncertainty-driven bonuses.");

        assertThat(GLOSSARY.byEnglish("observation").orElseThrow().definition().en()).contains("; also a single");
        assertThat(composed.lookup(c, Lang.EN).text()).isEqualTo("Reconstructing the observation: the information an "
                + "agent receives from the environment at each step, which may reveal the true state only partially.");
        assertThat(composed.lookup(c, Lang.ZH).text()).isEqualTo("重建观测。观测指智能体每一步从环境得到的信息，可能只部分反映真实状态。");
    }

    @Test
    void aCountNounTakesItsArticleAndADefinitionOpeningWithACapitalArticleIsLowerCased() {
        Card c = card("neural implicit surface reconstruction", "神经隐式表面重建", "Existing neural implicit surface "
                + "reconstruction methods have achieved impressive performance in multi-view 3D reconstruction by "
                + "leveraging explicit geometry priors such as depth maps or point clouds as regularization.");

        assertThat(composed.lookup(c, Lang.EN).text()).startsWith("Reconstructing a neural implicit surface: a surface "
                + "represented as a level set");
        // The card's 表面 is a variant the entry lists for its 曲面.
        assertThat(composed.lookup(c, Lang.ZH).text()).startsWith("重建神经隐式曲面。神经隐式曲面指用神经网络编码的函数");
    }

    @Test
    void aKindOfThingMadeForAnActivityIsForIt() {
        Card c = card("scene understanding benchmark", "场景理解基准", "This \"understanding-by-creating\" approach probes "
                + "the tool-using generative capacity of VLAs, moving beyond the descriptive or conversational capacity "
                + "measured by traditional scene understanding benchmarks.");

        assertThat(composed.lookup(c, Lang.EN).text()).isEqualTo("A benchmark for scene understanding: interpreting a "
                + "whole visual scene, including its objects, layout, relations and context.");
        assertThat(composed.lookup(c, Lang.ZH).text()).isEqualTo("用于场景理解的基准。场景理解指对整个视觉场景进行解释，包括其中的物体、布局、关系与上下文。");
    }

    @Test
    void aShortFormInsideAPartIsSpelledOut() {
        // Shipped corpus (PopQA): "open-domain QA" is the entry open-domain question answering; the Chinese keeps QA.
        Bilingual qa = composed.compose(card("open-domain QA dataset", "开放域QA数据集", "This paper aims to understand "
                + "LMs' strengths and limitations in memorizing factual knowledge, by conducting large-scale knowledge "
                + "probing experiments of 10 models and 4 augmentation methods on PopQA, our new open-domain QA "
                + "dataset with 14k questions.")).orElseThrow();

        assertThat(qa.en()).startsWith("A dataset for open-domain question answering: answering questions on any topic");
        assertThat(qa.zh()).startsWith("用于开放域问答的数据集。开放域问答指");
    }

    @Test
    void aLossAfterADistanceIsComputedFromIt() {
        // Shipped corpus (DistilBERT): the triple loss combines language modeling, distillation and cosine-distance losses.
        String sentence = "To leverage the inductive biases learned by larger models during pre-training, we introduce a "
                + "triple loss combining language modeling, distillation and cosine-distance losses.";
        Bilingual loss = composed.compose(card("cosine-distance loss", "余弦距离损失", sentence)).orElseThrow();

        assertThat(loss.en()).isEqualTo("A loss computed from cosine distance: one minus the cosine similarity of two "
                + "vectors, a dissimilarity that depends on their directions only.");
        assertThat(loss.zh()).startsWith("基于余弦距离的损失。余弦距离指1减去两个向量的余弦相似度");
        // A loss after a thing that is no distance says nothing of how it is computed.
        assertThat(composed.compose(card("distillation loss", "蒸馏损失", sentence))).isEmpty();
    }

    @Test
    void aBenchmarkOfAnObjectIsNotComposed() {
        // An equation is no activity: "a benchmark for partial differential equations" would say nothing.
        Card c = card("PDE benchmark", "PDE基准", "Across five PDE benchmarks, PIRF consistently achieves superior "
                + "physical enforcement under efficient sampling regimes, highlighting the potential of reward "
                + "fine-tuning for advancing scientific generative modeling.");

        assertThat(composed.lookup(c, Lang.EN)).isNull();
    }

    @Test
    void dataFromASensorIsNotDataForAnActivity() {
        // Constructed sentence (the tune half has no "LiDAR data"): LiDAR is a sensing method, its entry's last word
        // "ranging" only looks like an action noun, and the data it produces are not "data for LiDAR".
        Card c = card("LiDAR data", "激光雷达数据", "We fuse camera images with LiDAR data to detect pedestrians at night.");

        assertThat(composed.lookup(c, Lang.EN)).isNull();
        assertThat(CompoundParts.activity(GLOSSARY.byAbbr("LiDAR").get(0))).isFalse();
    }

    @Test
    void aDatasetEntryBeforeDatasetComposesNothing() {
        // Constructed sentence (the tune half has no "KITTI dataset"): KITTI is itself a benchmark; its definition's
        // opening "Driving benchmark" is an -ing word qualifying a kind, not an activity.
        Card c = card("KITTI dataset", "KITTI数据集", "We evaluate our detector on the KITTI dataset.");

        assertThat(composed.lookup(c, Lang.EN)).isNull();
        assertThat(CompoundParts.thing("Driving benchmark recorded in Karlsruhe with cameras.")).isTrue();
        assertThat(CompoundParts.thing("Identifying data points that deviate from the norm.")).isFalse();
        assertThat(CompoundParts.thing("Interpreting a whole visual scene.")).isFalse();
    }

    @Test
    void aShortFormThePaperSpellsOutAsAnotherThingIsNotTheEntry() {
        GlossaryEntry mpp = GLOSSARY.byEnglish("molecular property prediction").orElseThrow();
        GlossaryEntry llm = GLOSSARY.byAbbr("LLM").get(0);

        assertThat(PartEntries.spelledOutOtherwise("MPP", mpp, card("MPP encoding", "MPP编码", "The method, "
                + "MultiPoint Proximity (MPP) encoding, can be applied to any type of shape, enabling the "
                + "parameterization of machine learning models with encoded representations of vector-mode geospatial "
                + "features."))).isTrue();
        assertThat(PartEntries.spelledOutOtherwise("LLM", llm, card("LLM-based method", "基于LLM的方法",
                "We present a novel approach to symbolic regression using vision-capable large language models (LLMs) "
                        + "and the ideas behind Google DeepMind's Funsearch."))).isFalse();
        assertThat(PartEntries.spelledOutOtherwise("LLM", llm, card("LLM-based method", "基于LLM的方法",
                "为此，本文提出了DanceChat，一种基于大型语言模型（LLM）的音乐到舞蹈生成方法，利用LLM作为编舞者提供文本运动指令，"
                        + "从而为舞蹈生成提供明确的高层次指导。"))).isFalse();
    }

    @Test
    void anEntryQualifiedByAModifierComposesNothing() {
        // Blind judges rated these weak: the entry's definition is of the broad thing, the qualifier a template phrase.
        assertThat(composed.lookup(card("LLM-guided embodied agent", "LLM引导的具身代理", "These results highlight the "
                + "potential of using LLM-guided embodied agents for scalable and cost-effective sensor data generation "
                + "in HAR."), Lang.EN)).isNull();
        assertThat(composed.lookup(card("multimodal semantic segmentation", "多模态语义分割", "Multimodal semantic "
                + "segmentation enhances model robustness by exploiting cross-modal complementarities."), Lang.EN))
                .isNull();
        assertThat(composed.lookup(card("explainable IQA", "可解释IQA", "To cope with this problem, in this paper, we "
                + "challenge the scaling law and systematically investigate the role of data quality of the "
                + "instruction tuning dataset for explainable IQA."), Lang.ZH)).isNull();
    }

    @Test
    void aGenericModifierComposesNothing() {
        // "lightweight", "large-scale": no sense of their own to add to the entry.
        assertThat(composed.lookup(card("large-scale foundation model", "大规模基础模型", "Online advertising relies on "
                + "accurate recommendation models, with recent advances using pre-trained large-scale foundation models "
                + "(LFMs) to capture users' general interests across multiple scenarios and tasks."), Lang.EN)).isNull();
    }

    @Test
    void aChineseTermThatRendersAPartOtherwiseComposesNothing() {
        // 块级量化 is not the entry's 分块量化 or its variant 逐块量化: the aligner did not read the part as the entry.
        Card c = card("block-wise quantization technique", "块级量化技术", "To enable memory-efficient fine-tuning, "
                + "existing methods apply block-wise quantization techniques, such as NF4 and AF4, to the network "
                + "weights.");

        assertThat(composed.lookup(c, Lang.EN)).isNull();
        assertThat(composed.lookup(c, Lang.ZH)).isNull();
    }

    @Test
    void basicWordsAndNonTaskHeadsComposeNothing() {
        assertThat(composed.lookup(card("model quantization", "模型量化", "MNN-LLM addresses the runtime characteristics "
                + "of LLMs through model quantization and DRAM-Flash hybrid storage, effectively reducing memory "
                + "usage."), Lang.EN)).isNull();
        // Inference is running a model, not inferring the modifier: no task noun.
        assertThat(composed.lookup(card("edge device inference", "边缘设备推理",
                "Edge device inference presents a promising solution."), Lang.EN)).isNull();
    }

    @Test
    void aCardWithoutAChineseTermOrWithAnEntryOfItsOwnComposesNothing() {
        assertThat(composed.lookup(card("optical flow estimation", null, "We study optical flow estimation."),
                Lang.EN)).isNull();
        assertThat(composed.lookup(card("pose estimation", "姿态估计", "We study pose estimation."), Lang.EN)).isNull();
    }

    @Test
    void aShortFormWhoseLongFormEndsWithTheHeadIsTheEntryNotAComposition() {
        // Tune sentence: "MRI imaging" says "imaging" twice; it is magnetic resonance imaging itself, and no task
        // form may say "Imaging magnetic resonance imaging".
        Card c = card("MRI imaging", "MRI成像", "In this paper, we propose a novel multimodal framework for the early "
                + "detection of AD that integrates data from three primary sources: MRI imaging, cognitive "
                + "assessments, and biomarkers.");

        assertThat(composed.lookup(c, Lang.EN)).isNull();
        assertThat(composed.lookup(c, Lang.ZH)).isNull();
        assertThat(new GlossaryDefinitions(GLOSSARY).lookup(c, Lang.EN).text())
                .startsWith("Medical imaging method that uses strong magnetic fields");
        assertThat(new GlossaryDefinitions(GLOSSARY).expandShortForms("MRI imaging"))
                .isEqualTo("magnetic resonance imaging");
        assertThat(new GlossaryDefinitions(GLOSSARY).expandShortForms("MRI scanner"))
                .isEqualTo("magnetic resonance imaging scanner");
    }

    @Test
    void aMetricAfterAPropertyMeasuresIt() {
        // Shipped corpus: interpretability is "The degree to which people can understand ...", what a metric measures.
        Card c = card("interpretability metrics", "可解释性指标", "We present an empirical evaluation on tabular datasets "
                + "and across several interpretability metrics.");

        assertThat(composed.lookup(c, Lang.EN).text()).isEqualTo("A metric of interpretability: the degree to which "
                + "people can understand how a model arrives at its outputs, through the model's design or through "
                + "analysis of it.");
        assertThat(composed.lookup(c, Lang.ZH).text()).startsWith("衡量可解释性的指标。可解释性指");
        // A thing is no property: a metric "of" an equation would say nothing.
        assertThat(composed.lookup(card("PDE metric", "PDE指标", "Across five PDE benchmarks, PIRF consistently "
                + "achieves superior physical enforcement under efficient sampling regimes."), Lang.EN)).isNull();
    }

    private static Card card(String en, String zh, String sentence) {
        return Card.builder("c").term(new Bilingual(en, zh)).addSource(new Source("doc#1", Lang.EN, sentence)).build();
    }
}
