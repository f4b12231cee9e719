package dev.termdeck.extract.bilingual;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closed word classes {@link ComposedDefinitions} composes with: heads whose relation to the modifier before them
 * is fixed by the head itself, with how each is said in English and Chinese, and whether an entry names an activity
 * such a kind can be made for. Stateless.
 */
final class CompoundParts {
    /**
     * A task noun: the modifier before it is what the task acts on ("optical flow estimation" estimates optical
     * flow). {@code zh}: the Chinese verb (first, used in definitions) and the other ways terms write the head.
     */
    record Task(String gerund, List<String> zh) {
    }

    /**
     * A kind of artefact made for an activity ("scene understanding benchmark": a benchmark for scene understanding).
     * Not the broad containers (framework, system, pipeline): "a framework for X" says nothing specific.
     */
    record Kind(String en, boolean mass, List<String> zh) {
    }

    /** A definition opening with a word in -ing and the noun it qualifies ("Driving benchmark ..."). */
    private static final Pattern KIND_OPENING = Pattern.compile("^[A-Z][a-z]+ing\\s+([a-z]+)\\b");

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
            Map.entry("model", new Kind("model", false, List.of("模型"))),
            Map.entry("network", new Kind("network", false, List.of("网络"))),
            Map.entry("architecture", new Kind("architecture", false, List.of("架构", "结构"))),
            Map.entry("module", new Kind("module", false, List.of("模块"))),
            Map.entry("benchmark", new Kind("benchmark", false, List.of("基准", "基准测试"))),
            Map.entry("dataset", new Kind("dataset", false, List.of("数据集"))),
            Map.entry("data", new Kind("data", true, List.of("数据"))),
            Map.entry("loss", new Kind("loss", false, List.of("损失", "损失函数"))),
            Map.entry("metric", new Kind("metric", false, List.of("指标", "度量"))));

    private CompoundParts() {
    }

    /**
     * Whether the entry names an activity a thing can be made for: its definition opens with a verb in -ing
     * ("Interpreting a whole visual scene"), or "The task"/"The process", or its last word is an action noun
     * (-tion, -sion, -ment, -ing, -sis, -al) that the definition does not introduce as a thing ("A differential
     * equation ..." is an object).
     */
    static boolean activity(GlossaryEntry e) {
        String def = e.definition().en();
        if (thing(def)) {
            return false;
        }
        if (def.matches("^[A-Z][a-z]+ing\\b.*") || def.matches("^The (?:task|process|problem) of\\b.*")) {
            return true;
        }
        String[] words = e.en().toLowerCase(Locale.ROOT).split("[\\s-]+");
        return words[words.length - 1].matches(".{3,}(?:tion|sion|ment|ing|sis|val)")
                && !def.matches("^(?:A|An|The)\\s.*");
    }

    /**
     * Whether the definition opens by naming a kind of thing with a word in -ing before it ("Driving benchmark
     * recorded ...", "Sensing method that measures ..."): the -ing word qualifies the kind, so the entry is that
     * thing (a benchmark, a method), not an activity. A mass kind ({@code data}) is left out: "Identifying data
     * points ..." is an activity acting on data.
     */
    static boolean thing(String def) {
        Matcher m = KIND_OPENING.matcher(def);
        if (!m.find()) {
            return false;
        }
        Kind kind = KINDS.get(TermKeys.englishSingular(m.group(1).toLowerCase(Locale.ROOT)));
        return kind != null && !kind.mass();
    }

    /**
     * Whether the entry's definition opens by naming the head's kind itself ("Autonomous-driving dataset of ..." for
     * a "... dataset" card): a dataset "for" a dataset only restates what the entry is.
     */
    static boolean ownKind(GlossaryEntry e, Kind kind) {
        String[] words = e.definition().en().toLowerCase(Locale.ROOT).split("[\\s,;:]+", 4);
        for (int i = 0; i < Math.min(3, words.length); i++) {
            if (TermKeys.englishSingular(words[i]).equals(kind.en())) {
                return true;
            }
        }
        return false;
    }
}
