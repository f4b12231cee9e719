package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The run of Chinese words that renders an English phrase, on a sentence of a real digest page ("... apply video
 * diffusion models with tracklet conditions ..." / "...将视频扩散模型与轨迹条件结合..."), with word associations
 * given by hand so that each rule shows on its own.
 */
class SpanFinderTest {
    private static final Map<String, Map<String, Double>> ASSOCIATIONS = Map.of(
            "video", Map.of("视频", 0.9),
            "diffusion", Map.of("扩散", 0.9),
            "model", Map.of("模型", 0.9),
            "condition", Map.of("条件", 0.8),
            "apply", Map.of("结合", 0.3),
            "first", Map.of("首次", 0.7));

    private static final List<Word> ENGLISH = EnglishWords.of(
            "the first work to apply video diffusion models with tracklet conditions");
    private static final String CHINESE = "这是首次将视频扩散模型与轨迹条件结合";
    private static final List<Word> ZH = chinese("这", "是", "首次", "将", "视频", "扩散", "模型", "与", "轨迹", "条件",
            "结合");

    private final SpanFinder.Association assoc = new SpanFinder.Association() {
        @Override
        public double of(Word source, Word target) {
            return ASSOCIATIONS.getOrDefault(source.norm(), Map.of()).getOrDefault(target.form(), 0.0);
        }

        @Override
        public boolean isRare(Word source) {
            return source.norm().equals("tracklet");
        }
    };

    @Test
    void theRunHoldsTheWordsThePhraseRendersAndNothingTheRestOfTheSentenceClaims() {
        SpanFinder.Run run = find("video", "diffusion", "models");

        assertThat(text(run)).isEqualTo("视频扩散模型");
        assertThat(run.coverage()).isEqualTo(1.0);
    }

    @Test
    void aRareWordTakesTheUnclaimedWordBesideTheRunOnItsSide() {
        SpanFinder.Run run = find("tracklet", "conditions");

        assertThat(text(run)).isEqualTo("轨迹条件");
        assertThat(run.coverage()).isEqualTo(1.0);
    }

    @Test
    void aRunNeverCrossesAFunctionWordOtherThanDe() {
        SpanFinder.Run run = find("models", "with", "tracklet", "conditions");

        // 与 ("with") stands between 模型 and 轨迹条件: the run is one side of it, and renders only part.
        assertThat(text(run)).isIn("模型", "轨迹条件");
        assertThat(run.coverage()).isLessThan(1.0);
    }

    @Test
    void aRunCanBeMadeToEndBeforeAShortFormInBrackets() {
        SpanFinder.Run run = SpanFinder.find(ENGLISH, 0, ENGLISH.size(), index("video"), index("models") + 1, ZH, 0,
                ZH.size(), ZH.indexOf(word(ZH, "扩散")), assoc);

        assertThat(text(run)).isEqualTo("视频扩散");
        assertThat(run.coverage()).isLessThan(1.0);
    }

    @Test
    void aRareWordRenderedByAnUnexplainedWordInsideTheRunTakesNoWordBesideIt() {
        // CostNav (arXiv 2511.20216): "... critical for commercial deployment of autonomous delivery robots." /
        // "...这对自主配送机器人商业部署至关重要". "delivery" is rare, and 配送 inside the run renders it; 商业 after the
        // run is "commercial", weakly learned, and no part of the term.
        List<Word> english = EnglishWords.of("critical for commercial deployment of autonomous delivery robots");
        String chinese = "这对自主配送机器人商业部署至关重要";
        List<Word> zh = chinese("这", "对", "自主", "配送", "机器人", "商业", "部署", "至关重要");
        Map<String, Map<String, Double>> associations = Map.of("autonomous", Map.of("自主", 0.8),
                "robot", Map.of("机器人", 0.9), "deployment", Map.of("部署", 0.8), "commercial", Map.of("商业", 0.1),
                "critical", Map.of("至关重要", 0.6));
        SpanFinder.Association a = new SpanFinder.Association() {
            @Override
            public double of(Word source, Word target) {
                return associations.getOrDefault(source.norm(), Map.of()).getOrDefault(target.form(), 0.0);
            }

            @Override
            public boolean isRare(Word source) {
                return source.norm().equals("delivery") || source.norm().equals("commercial");
            }
        };
        int from = english.indexOf(english.stream().filter(w -> w.form().equals("autonomous")).findFirst()
                .orElseThrow());

        SpanFinder.Run run = SpanFinder.find(english, 0, english.size(), from, from + 3, zh, 0, zh.size(), -1, a);

        assertThat(chinese.substring(zh.get(run.from()).start(), zh.get(run.to() - 1).end())).isEqualTo("自主配送机器人");
        assertThat(run.coverage()).isEqualTo(1.0);
    }

    @Test
    void aRunNeverCrossesANumeralWithAMeasureWord() {
        // Tune page 2509.04372: 该重采样方法不需要显式地训练一个奖励模型 ("does not need to explicitly train a reward
        // model"). 一个 counts the noun phrase after it: 训练一个奖励模型 is no rendering of "reward model training",
        // however well its words render the phrase's; the run stops at 一个 and renders part of it.
        List<Word> english = EnglishWords.of("the method needs no explicit reward model training");
        String chinese = "该重采样方法不需要显式地训练一个奖励模型";
        List<Word> zh = new ArrayList<>();
        int at = 0;
        for (String w : List.of("该", "重采样", "方法", "不", "需要", "显式", "地", "训练", "一个", "奖励", "模型")) {
            boolean content = !Set.of("该", "不", "地").contains(w);
            zh.add(new Word(w, w, at, at + w.length(), content, content && !w.equals("一个"), true, false));
            at += w.length();
        }
        Map<String, Map<String, Double>> associations = Map.of("reward", Map.of("奖励", 0.9),
                "model", Map.of("模型", 0.9), "training", Map.of("训练", 0.8), "method", Map.of("方法", 0.8));
        SpanFinder.Association a = (source, target) ->
                associations.getOrDefault(source.norm(), Map.of()).getOrDefault(target.form(), 0.0);
        int from = english.indexOf(english.stream().filter(w -> w.form().equals("reward")).findFirst().orElseThrow());

        SpanFinder.Run run = SpanFinder.find(english, 0, english.size(), from, from + 3, zh, 0, zh.size(), -1, a);

        assertThat(chinese.substring(zh.get(run.from()).start(), zh.get(run.to() - 1).end())).isEqualTo("奖励模型");
        assertThat(run.coverage()).isLessThan(1.0);
        assertThat(ChineseWords.isCount(zh, 8)).isTrue();
        assertThat(ChineseWords.isCount(List.of(new Word("一", "一", 0, 1, true, false, true, false),
                new Word("个", "个", 1, 2, true, false, true, false)), 1)).isTrue();
        assertThat(ChineseWords.isCount(List.of(new Word("二次", "二次", 0, 2, true, true, true, false)), 0)).isFalse();
    }

    @Test
    void nothingIsFoundForAPhraseNoWordOfTheSentenceRenders() {
        assertThat(find("work")).isNull();
    }

    private SpanFinder.Run find(String... phrase) {
        int from = index(phrase[0]);
        return SpanFinder.find(ENGLISH, 0, ENGLISH.size(), from, from + phrase.length, ZH, 0, ZH.size(), -1, assoc);
    }

    private static int index(String form) {
        for (int i = 0; i < ENGLISH.size(); i++) {
            if (ENGLISH.get(i).form().equals(form)) {
                return i;
            }
        }
        throw new IllegalArgumentException(form);
    }

    private static Word word(List<Word> words, String form) {
        return words.stream().filter(w -> w.form().equals(form)).findFirst().orElseThrow();
    }

    private static String text(SpanFinder.Run run) {
        return CHINESE.substring(ZH.get(run.from()).start(), ZH.get(run.to() - 1).end());
    }

    /** Chinese words as the segmenter gives them, with the function words of this sentence marked. */
    private static List<Word> chinese(String... words) {
        Set<String> function = Set.of("这", "是", "将", "与", "对");
        List<Word> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            boolean content = !function.contains(w);
            out.add(new Word(w, w, at, at + w.length(), content, content, true, false));
            at += w.length();
        }
        return out;
    }
}
