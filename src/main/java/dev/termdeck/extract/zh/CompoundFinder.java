package dev.termdeck.extract.zh;

import dev.termdeck.extract.bilingual.Glossary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compounds the segmenter split ({@code 视频/文本/检索}): runs of term-forming pieces (see {@link WordClass}) that
 * end in a noun, or in a verb after a noun ({@code 概念/漂移}), ranked by C-value (frequency, discounted by the
 * longer compounds that contain it, times the log of its length). A compound must recur in the document, have at
 * least three hanzi, and not be made only of general words ({@code 模型/性能}). Compounds in the glossary are marked
 * so. Stateless apart from the glossary; thread-safe.
 */
final class CompoundFinder {
    private static final int MAX_PIECES = 6;
    private static final int MAX_HANZI = 12;
    /** Nouns too general to make a term on their own or with each other. */
    private static final Set<String> GENERAL = Set.of(
            "方法", "模型", "任务", "性能", "结果", "问题", "数据", "研究", "工作", "论文", "文中", "实验", "框架",
            "系统", "技术", "领域", "能力", "效果", "影响", "规模", "因素", "方式", "过程", "部分", "情况", "目标",
            "基础", "作品", "作者", "用户", "方向", "例子", "示例", "变化", "改进", "进展", "发展", "场景", "设置",
            "关系", "数量", "大小", "水平", "程度", "质量", "行为", "方面", "价值", "成本", "类型", "形式", "版本",
            "指标", "表现", "优势", "差异", "差距", "挑战", "机构", "团队", "主题", "组件", "元素", "信息", "知识",
            "概念", "现象", "定义", "解释", "假设", "理论", "原因", "实践", "贡献", "应用", "工具", "资源", "环境",
            "图表", "图", "表", "节", "附录", "见解", "视角", "可能", "尺寸", "型号", "人们", "人类", "社会",
            "世界", "时间", "范围", "数值", "参数", "功能", "特征", "步骤", "示意", "模式", "系列", "集合", "策略",
            "手段", "思路", "算法");

    private final Glossary glossary;

    /** Whether {@code word} is a general noun that makes no term alone ({@code 方法}, {@code 任务}). */
    static boolean isGeneral(String word) {
        return GENERAL.contains(word);
    }

    CompoundFinder(Glossary glossary) {
        this.glossary = glossary;
    }

    void find(ZhText t, Map<String, TermEvidence> found) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        int i = 0;
        while (i < t.size()) {
            if (t.wordClass(i) == WordClass.BREAK) {
                i++;
                continue;
            }
            int end = i;
            while (end < t.size() && t.wordClass(end) != WordClass.BREAK) {
                end++;
            }
            enumerate(t, i, end, counts, surfaces);
            i = end;
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        Map<String, int[]> longer = longerCompounds(counts);
        Set<String> abbreviations = abbreviations(found);
        for (String k : keys) {
            int[] c = counts.get(k);
            if (c[1] < 2 || joinsFoundTerms(k, found, abbreviations)) {
                continue;
            }
            int[] around = longer.getOrDefault(k, NONE);
            int longerFreq = around[0];
            int longerCount = around[1];
            double nested = longerCount == 0 ? 0 : (double) longerFreq / longerCount;
            double cvalue = Math.log(k.length()) / Math.log(2) * (c[1] - nested);
            if (cvalue <= 1.5) {
                continue;
            }
            TermEvidence e = HanLpTermExtractor.evidence(found, surfaces.get(k), c[0]);
            e.freeScore = Math.max(e.freeScore, Math.min(2.0, 0.4 * Math.log(1 + cvalue) / Math.log(2)));
            e.frequency = Math.max(e.frequency, c[1]);
            glossary.findChinese(e.text).ifPresent(entry -> HanLpTermExtractor.markGlossary(e, entry, glossary));
        }
    }

    /**
     * Whether a compound is a term already found followed by another term or a general noun
     * ({@code 大型语言模型涌现能力}, {@code 小样本提示任务}, {@code GNN神经元}: the neurons of a GNN): none is a
     * term of its own. The first part may also be the abbreviation of a term found.
     */
    private static boolean joinsFoundTerms(String key, Map<String, TermEvidence> found, Set<String> abbreviations) {
        for (int cut = 1; cut < key.length(); cut++) {
            String head = dev.termdeck.extract.bilingual.TermKeys.of(key.substring(0, cut));
            String tail = dev.termdeck.extract.bilingual.TermKeys.of(key.substring(cut));
            if ((found.containsKey(head) || abbreviations.contains(head))
                    && (found.containsKey(tail) || GENERAL.contains(tail))) {
                return true;
            }
        }
        return false;
    }

    private static final int[] NONE = {0, 0};

    /** The keys of the short forms of the terms found ({@code GNN}). */
    private static Set<String> abbreviations(Map<String, TermEvidence> found) {
        Set<String> out = new HashSet<>();
        for (TermEvidence e : found.values()) {
            if (e.abbr != null) {
                out.add(dev.termdeck.extract.bilingual.TermKeys.of(e.abbr));
            }
        }
        return out;
    }

    /**
     * For each compound, the occurrences of the longer compounds that contain it and how many they are: {@code
     * {frequency, count}}. Each compound's own parts are looked up (a compound has a few dozen), instead of comparing
     * every pair of compounds, which took minutes on a book-sized document.
     */
    static Map<String, int[]> longerCompounds(Map<String, int[]> counts) {
        int[] lengths = counts.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
        Map<String, int[]> out = new HashMap<>();
        Set<String> parts = new HashSet<>();
        for (Map.Entry<String, int[]> other : counts.entrySet()) {
            String o = other.getKey();
            parts.clear();
            for (int len : lengths) {
                if (len >= o.length()) {
                    break;
                }
                for (int i = 0; i + len <= o.length(); i++) {
                    String part = o.substring(i, i + len);
                    if (counts.containsKey(part) && parts.add(part)) {
                        int[] n = out.computeIfAbsent(part, k -> new int[2]);
                        n[0] += other.getValue()[1];
                        n[1]++;
                    }
                }
            }
        }
        return out;
    }

    private static void enumerate(ZhText t, int from, int to, Map<String, int[]> counts, Map<String, String> surfaces) {
        for (int a = from; a < to; a++) {
            if (!GlossFinder.hasHan(t.token(a).word()) && t.token(a).tag().equals("nx") && a + 1 < to
                    && !GlossFinder.hasHan(t.token(a + 1).word())) {
                continue;
            }
            if (t.token(a).tag().equals("v")) {
                continue;
            }
            boolean allGeneral = true;
            for (int b = a; b < to && b < a + MAX_PIECES; b++) {
                allGeneral &= GENERAL.contains(t.token(b).word()) || !GlossFinder.hasHan(t.token(b).word());
                if (b == a || !canEnd(t, b) || allGeneral) {
                    continue;
                }
                String surface = t.span(a, b + 1);
                int hanzi = GlossFinder.hanCount(surface);
                boolean latin = surface.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch));
                if (surface.contains(" - ") || latin && t.token(a).word().length() < 2) {
                    continue;
                }
                if (hanzi < (latin ? 2 : 3) || hanzi > MAX_HANZI || !edgeIsWord(t, a) || !edgeIsWord(t, b)) {
                    continue;
                }
                String key = surface.replace(" ", "");
                int start = t.token(a).start();
                int[] c = counts.computeIfAbsent(key, k -> new int[] {start, 0});
                c[1]++;
                surfaces.putIfAbsent(key, surface);
            }
        }
    }

    private static boolean edgeIsWord(ZhText t, int i) {
        String w = t.token(i).word();
        return Character.isLetterOrDigit(w.codePointAt(0));
    }

    /** Whether piece {@code b} can end a compound term: a noun, or a two-character verb after a noun (概念/漂移). */
    static boolean canEnd(ZhText t, int b) {
        if (t.wordClass(b) == WordClass.NOUN) {
            return true;
        }
        return WordClass.isVerb(t.token(b)) && t.token(b).word().length() == 2
                && b > 0 && t.wordClass(b - 1) == WordClass.NOUN;
    }
}
