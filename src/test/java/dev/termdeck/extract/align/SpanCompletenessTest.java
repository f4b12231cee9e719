package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every English word a Chinese run covers is accounted for, on sentences of digest pages of the tune split, with the
 * word associations the tune corpus learned written out by hand: a target word another word of the phrase owns
 * renders nothing more, a name is rendered by its copy, a name or number is never rendered by words beside the run,
 * and a rare head may take a two-word compound.
 */
class SpanCompletenessTest {

    @Test
    void aOneCharacterWordRendersOnlyThePhraseWordItIsMostAssociatedWith() {
        // arXiv 2512.00396: "... for Parkinson's disease (PD) gait detection ..." / 进行帕金森病(PD)步态检测. 病 is
        // "disease"; "Parkinson's" is rare and takes 帕金森 beside the run.
        Case c = new Case("short time windows for Parkinson's disease (PD) gait detection",
                "短时/窗/进行!/帕金森/病/(~/PD/)~/步态/检测",
                Map.of("disease", Map.of("病", 0.421), "parkinson", Map.of("病", 0.112), "gait", Map.of("步态", 0.9),
                        "detection", Map.of("检测", 0.9)), Set.of("parkinson", "pd"));

        SpanFinder.Run run = c.find("Parkinson", 2, "病");

        assertThat(c.text(run)).isEqualTo("帕金森病");
        assertThat(run.coverage()).isEqualTo(1.0);
    }

    @Test
    void aWordOwnedByAnotherWordOfThePhraseDoesNotRenderAWeaklyAssociatedOne() {
        // arXiv 2510.03880: "explainable image quality assessment (IQA) has become popular" / 可解释图像质量评估（IQA）
        // 逐渐流行. The corpus learned "assessment" as 评价, so 评估 does not render it, and 质量, "quality", does not
        // either: the run 可解释图像质量 is no rendering of the whole term.
        Case c = iqa();

        SpanFinder.Run run = c.find("explainable", 4, null);

        assertThat(run.coverage()).isLessThan(1.0);
    }

    @Test
    void beforeAShortFormInBracketsTheBracketIsTheEvidenceOfTheEnd() {
        // The same sentence, "image quality assessment (IQA)": the run must end before （IQA）, so 评估 is in it.
        Case c = iqa();

        SpanFinder.Run run = c.find("image", 3, "评估");

        assertThat(c.text(run)).isEqualTo("图像质量评估");
        assertThat(run.coverage()).isEqualTo(1.0);
    }

    @Test
    void aWordStronglyOwnedStillRendersAWordWithARealAssociation() {
        // arXiv 2506.00439: "... perform adaptive decision-making ..." / 执行自适应决策: 决策 is "decision-making".
        Case c = new Case("the upper LLM performs adaptive decision-making", "上层/LLM/执行/自适应/决策",
                Map.of("adaptive", Map.of("自适应", 0.687), "decision", Map.of("决策", 0.891),
                        "making", Map.of("决策", 0.172), "upper", Map.of("上层", 0.6)), Set.of("llm"));

        SpanFinder.Run run = c.find("adaptive", 3, null);

        assertThat(c.text(run)).isEqualTo("自适应决策");
        assertThat(run.coverage()).isEqualTo(1.0);
    }

    @Test
    void aNameIsRenderedByItsCopyAndNothingElse() {
        // arXiv 2511.13138: "... composed of stacked WinMamba blocks" / 由堆叠的WinMamba块组成: 组成 ("composed of") is
        // weakly associated with the name, which the translation writes as it is.
        Case c = new Case("a backbone composed of stacked WinMamba blocks", "由~/堆叠/的~/WinMamba/块/组成",
                Map.of("winmamba", Map.of("组成", 0.127), "blocks", Map.of("块", 0.717),
                        "composed", Map.of("组成", 0.05), "stacked", Map.of("堆叠", 0.6)), Set.of("winmamba"));

        SpanFinder.Run run = c.find("WinMamba", 2, null);

        assertThat(c.text(run)).isEqualTo("WinMamba块");
    }

    @Test
    void aRareNameOrNumberIsNotRenderedByTheWordsBesideTheRun() {
        // arXiv 2512.20042: "... retrieves images with BEIT-3 and SigLIP So-384 ..." / 使用BEIT-3和SigLIP检索语义相似的图像:
        // the translation left So-384 out; 检索 is "retrieve".
        Case c = new Case("our system retrieves semantically similar images using SigLIP So-384",
                "使用/BEIT-3/和~/SigLIP/检索/语义/相似/的~/图像",
                Map.of("semantically", Map.of("语义", 0.6), "similar", Map.of("相似", 0.6),
                        "images", Map.of("图像", 0.9)), Set.of("siglip", "so", "384"));

        SpanFinder.Run run = c.find("SigLIP", 3, null);

        assertThat(run.coverage()).isLessThan(1.0);
    }

    @Test
    void aRareHeadTakesATwoWordCompoundAfterTheRunButARareModifierNoMoreThanThreeCharacters() {
        // arXiv 2509.15767: "... preliminary experiments using the popular SMT2020 testbed." /
        // 以及使用流行的SMT2020测试平台的初步实验: "testbed" is 测试平台.
        Case c = new Case("and preliminary experiments using the popular SMT2020 testbed",
                "以及~/使用!/流行/的~/SMT2020/测试/平台/的~/初步!/实验",
                Map.of("preliminary", Map.of("初步", 0.5), "experiments", Map.of("实验", 0.9),
                        "popular", Map.of("流行", 0.5)), Set.of("smt2020", "testbed"));

        assertThat(c.text(c.find("SMT2020", 2, null))).isEqualTo("SMT2020测试平台");
    }

    @Test
    void aRareModifierTakesNoMoreThanThreeCharactersBeforeTheRun() {
        // arXiv 2510.20322 (tune): "... audio signals used to detect rail structure elements or defects" /
        // 用于检测轨道结构元素或缺陷的音频信号: "rail" is 轨道, not 检测轨道.
        Case c = new Case("audio signals used to detect rail structure elements or defects",
                "用于!/检测/轨道/结构/元素/或~/缺陷/的~/音频/信号",
                Map.of("structure", Map.of("结构", 0.704), "elements", Map.of("元素", 0.279),
                        "defects", Map.of("缺陷", 0.8), "audio", Map.of("音频", 0.9), "signals", Map.of("信号", 0.9)),
                Set.of("rail", "elements"));

        assertThat(c.text(c.find("rail", 3, null))).isEqualTo("轨道结构元素");
    }

    @Test
    void charactersBesideTheRunRenderNoMoreRareWordsThanTheyCouldSpell() {
        // arXiv 2508.03046 (tune): "Alzheimers Disease (AD) is a progressive neurodegenerative disorder that poses
        // significant challenges" / 阿尔茨海默病（AD）是一种渐进性的神经退行性疾病，早期诊断面临重大挑战. 渐进 is
        // "progressive"; the rare "neurodegenerative disorder" is 神经退行性疾病, after a 的 a run does not take on, so
        // the 性 beside 渐进 (one character for two words) is no rendering of it: no run renders the whole term.
        Case c = new Case("Alzheimers Disease (AD) is a progressive neurodegenerative disorder that poses significant"
                + " challenges",
                "阿尔茨海默病/（~/AD/）~/是~/一!/种!/渐进/性/的~/神经/退/行/性疾病/，~/早期/诊断/面临/重大/挑战",
                Map.of("progressive", Map.of("渐进", 0.6), "disease", Map.of("阿尔茨海默病", 0.5, "性疾病", 0.3),
                        "significant", Map.of("重大", 0.5), "challenges", Map.of("挑战", 0.9)),
                Set.of("alzheimers", "neurodegenerative", "disorder"));

        SpanFinder.Run run = c.find("progressive", 3, null);

        assertThat(run.coverage()).isLessThan(1.0);
    }

    private static Case iqa() {
        return new Case("explainable image quality assessment (IQA) has become increasingly popular",
                "可/解释/图像/质量/评估/（~/IQA/）~/逐渐!/流行",
                Map.of("explainable", Map.of("可", 0.227, "解释", 0.165), "image", Map.of("图像", 0.978),
                        "quality", Map.of("质量", 0.953), "assessment", Map.of("质量", 0.099),
                        "popular", Map.of("流行", 0.6)), Set.of("iqa"));
    }

    /**
     * One sentence pair: the English, the Chinese words as the segmenter gives them ({@code ~} marks a function
     * word, {@code !} a word that may not edge a term), the associations by the English word as written (in lower
     * case), and the rare English words.
     */
    private record Case(List<Word> english, List<Word> chinese, String zh, SpanFinder.Association assoc) {
        Case(String english, String words, Map<String, Map<String, Double>> associations, Set<String> rare) {
            this(EnglishWords.of(english), chinese(words), String.join("", words.replaceAll("[~!]", "").split("/")),
                    new SpanFinder.Association() {
                        @Override
                        public double of(Word source, Word target) {
                            return source.norm().equals(target.norm()) ? 1
                                    : associations.getOrDefault(key(source), Map.of()).getOrDefault(target.form(), 0.0);
                        }

                        @Override
                        public boolean isRare(Word source) {
                            return rare.contains(key(source));
                        }
                    });
        }

        private static String key(Word w) {
            return w.form().toLowerCase(java.util.Locale.ROOT);
        }

        /** The run rendering {@code words} English words from {@code first}, made to end at {@code end} if given. */
        SpanFinder.Run find(String first, int words, String end) {
            int from = -1;
            for (int i = 0; i < english.size() && from < 0; i++) {
                from = english.get(i).form().startsWith(first) ? i : -1;
            }
            int mustEnd = -1;
            for (int j = 0; end != null && j < chinese.size(); j++) {
                mustEnd = chinese.get(j).form().equals(end) ? j : mustEnd;
            }
            return SpanFinder.find(english, 0, english.size(), from, from + words, chinese, 0, chinese.size(),
                    mustEnd, assoc);
        }

        String text(SpanFinder.Run run) {
            return zh.substring(chinese.get(run.from()).start(), chinese.get(run.to() - 1).end());
        }

        private static List<Word> chinese(String words) {
            List<Word> out = new ArrayList<>();
            int at = 0;
            for (String w : words.split("/")) {
                boolean function = w.endsWith("~");
                boolean noEdge = w.endsWith("!");
                String form = w.replaceAll("[~!]$", "");
                boolean content = !function;
                out.add(new Word(form, form.toLowerCase(java.util.Locale.ROOT), at, at + form.length(), content,
                        content && !noEdge, true, false));
                at += form.length();
            }
            return out;
        }
    }
}
