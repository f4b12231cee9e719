package dev.termdeck.extract.bilingual;

import java.util.List;
import java.util.Map;

/**
 * The closed word classes {@link ComposedDefinitions} composes with: heads whose relation to the modifier before them
 * is fixed by the head itself, with how each is said in English and Chinese. Constants only.
 */
final class CompoundParts {
    /**
     * A task noun: the modifier before it is what the task acts on ("optical flow estimation" estimates optical
     * flow). {@code zh}: the Chinese verb (first, used in definitions) and the other ways terms write the head.
     */
    record Task(String gerund, List<String> zh) {
    }

    /** A kind of artefact made for an activity ("scene understanding benchmark": a benchmark for scene understanding). */
    record Kind(String en, boolean mass, List<String> zh) {
    }

    /**
     * A participle that joins an entry to the head it qualifies ("LLM-guided embodied agent": an embodied agent guided
     * by an LLM). {@code zh}: the Chinese modifier, X standing for the entry.
     */
    record Relation(String en, String enAfter, String zh) {
    }

    /**
     * A modifier of fixed technical sense that narrows the head it comes before ("multi-view 3D reconstruction": 3D
     * reconstruction from several views of a scene). {@code en}: said after the head; {@code zh}: said before it;
     * {@code zhForms}: how the card's Chinese term writes the modifier; {@code activityOnly}: said only of an activity
     * ("end-to-end video-to-audio generation", not "end-to-end model").
     */
    record Modifier(String en, String zh, List<String> zhForms, boolean activityOnly) {
        Modifier(String en, String zh, List<String> zhForms) {
            this(en, zh, zhForms, false);
        }
    }

    static final Map<String, Task> TASKS = Map.ofEntries(
            Map.entry("estimation", new Task("Estimating", List.of("估计", "估算"))),
            Map.entry("detection", new Task("Detecting", List.of("检测", "探测"))),
            Map.entry("segmentation", new Task("Segmenting", List.of("分割"))),
            Map.entry("generation", new Task("Generating", List.of("生成"))),
            Map.entry("prediction", new Task("Predicting", List.of("预测"))),
            Map.entry("forecasting", new Task("Forecasting", List.of("预测", "预报"))),
            Map.entry("reconstruction", new Task("Reconstructing", List.of("重建", "重构"))),
            Map.entry("tracking", new Task("Tracking", List.of("跟踪", "追踪"))),
            Map.entry("classification", new Task("Classifying", List.of("分类"))),
            Map.entry("retrieval", new Task("Retrieving", List.of("检索"))),
            Map.entry("recognition", new Task("Recognising", List.of("识别"))),
            Map.entry("synthesis", new Task("Synthesising", List.of("合成"))),
            Map.entry("localization", new Task("Locating", List.of("定位"))),
            Map.entry("localisation", new Task("Locating", List.of("定位"))),
            Map.entry("completion", new Task("Completing", List.of("补全"))),
            Map.entry("editing", new Task("Editing", List.of("编辑"))),
            Map.entry("extraction", new Task("Extracting", List.of("提取", "抽取"))),
            Map.entry("compression", new Task("Compressing", List.of("压缩"))),
            Map.entry("denoising", new Task("Denoising", List.of("去噪"))),
            Map.entry("registration", new Task("Registering", List.of("配准"))),
            Map.entry("planning", new Task("Planning", List.of("规划"))),
            Map.entry("matching", new Task("Matching", List.of("匹配"))),
            Map.entry("inpainting", new Task("Inpainting", List.of("修复", "补全"))),
            Map.entry("restoration", new Task("Restoring", List.of("恢复", "复原", "修复"))),
            Map.entry("pruning", new Task("Pruning", List.of("剪枝"))),
            Map.entry("annotation", new Task("Annotating", List.of("标注"))),
            Map.entry("parsing", new Task("Parsing", List.of("解析"))));

    static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("method", new Kind("method", false, List.of("方法"))),
            Map.entry("approach", new Kind("approach", false, List.of("方法"))),
            Map.entry("technique", new Kind("technique", false, List.of("技术"))),
            Map.entry("algorithm", new Kind("algorithm", false, List.of("算法"))),
            Map.entry("framework", new Kind("framework", false, List.of("框架"))),
            Map.entry("model", new Kind("model", false, List.of("模型"))),
            Map.entry("network", new Kind("network", false, List.of("网络"))),
            Map.entry("architecture", new Kind("architecture", false, List.of("架构", "结构"))),
            Map.entry("module", new Kind("module", false, List.of("模块"))),
            Map.entry("pipeline", new Kind("pipeline", false, List.of("流程", "管道", "流水线"))),
            Map.entry("system", new Kind("system", false, List.of("系统"))),
            Map.entry("benchmark", new Kind("benchmark", false, List.of("基准", "基准测试"))),
            Map.entry("dataset", new Kind("dataset", false, List.of("数据集"))),
            Map.entry("data", new Kind("data", true, List.of("数据"))),
            Map.entry("loss", new Kind("loss", false, List.of("损失", "损失函数"))),
            Map.entry("metric", new Kind("metric", false, List.of("指标", "度量"))));

    static final Map<String, Relation> RELATIONS = Map.ofEntries(
            Map.entry("guided", new Relation("guided by", "", "由X引导的")),
            Map.entry("driven", new Relation("driven by", "", "由X驱动的")),
            Map.entry("powered", new Relation("powered by", "", "由X驱动的")),
            Map.entry("based", new Relation("based on", "", "基于X的")),
            Map.entry("conditioned", new Relation("conditioned on", "", "以X为条件的")),
            Map.entry("enhanced", new Relation("enhanced by", "", "由X增强的")),
            Map.entry("assisted", new Relation("assisted by", "", "由X辅助的")),
            Map.entry("augmented", new Relation("augmented with", "", "用X增强的")),
            Map.entry("aware", new Relation("that takes", " into account", "考虑X的")));

    /** Modifiers by their English form (the building blocks of {@code glossary-words.tsv} with one sense in ML). */
    static final Map<String, Modifier> MODIFIERS = Map.ofEntries(
            Map.entry("multimodal", new Modifier("over several modalities (kinds of data such as images, text, depth or "
                    + "audio)", "面向多种模态（图像、文本、深度、音频等不同类型的数据）的", List.of("多模态"))),
            Map.entry("multi-modal", new Modifier("over several modalities (kinds of data such as images, text, depth or "
                    + "audio)", "面向多种模态（图像、文本、深度、音频等不同类型的数据）的", List.of("多模态"))),
            Map.entry("multi-view", new Modifier("from several views of a scene", "基于多个视角的",
                    List.of("多视角", "多视图"))),
            Map.entry("sparse-view", new Modifier("from only a few views of a scene", "仅基于少量视角的",
                    List.of("稀疏视角", "稀疏视图"))),
            Map.entry("self-supervised", new Modifier("that needs no human labels, its targets coming from the data "
                    + "itself", "无需人工标注、由数据自身提供监督信号的", List.of("自监督"))),
            Map.entry("weakly-supervised", new Modifier("that learns from incomplete, coarse or noisy labels",
                    "从不完整、粗糙或含噪的标注中学习的", List.of("弱监督"))),
            Map.entry("learnable", new Modifier("whose parameters are learned from data during training",
                    "参数在训练中从数据学得的", List.of("可学习"))),
            Map.entry("cross-modal", new Modifier("that works across modalities, such as images and text",
                    "跨越图像、文本等不同模态的", List.of("跨模态"))),
            Map.entry("vision-language", new Modifier("that links images with text", "将图像与文本相联系的",
                    List.of("视觉-语言", "视觉语言"))),
            Map.entry("explainable", new Modifier("whose outputs come with explanations people can understand",
                    "输出附带人可理解的解释的", List.of("可解释"))),
            Map.entry("interpretable", new Modifier("whose outputs come with explanations people can understand",
                    "输出附带人可理解的解释的", List.of("可解释"))),
            Map.entry("end-to-end", new Modifier("done by one model trained from raw input to final output",
                    "由一个从原始输入到最终输出整体训练的模型完成的", List.of("端到端"), true)));

    private CompoundParts() {
    }
}
