package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.extract.zh.HanLpChinese;
import org.junit.jupiter.api.Test;

/**
 * The Chinese a translation writes before a short form in brackets, for an English text that writes the short form
 * bare, on sentences of tune translations: arXiv 2510.22728 (检索增强生成（RAG）), 2512.15036 (部分可观测马尔可夫决策过程
 * （POMDP）), 2509.09176 (量子异步优势行动者-评论家算法(QA3C)) and 2508.14015 (数据中毒后门攻击（DPCLs）).
 */
class BareShortFormsTest {

    private final BareShortForms bare = new BareShortForms(BilingualFixture.GLOSSARY);
    private final ChineseWords words = new ChineseWords(HanLpChinese.get());

    @Test
    void theChineseBeforeTheBracketsSpellsTheShortFormOut() {
        PaperText zh = chinese("除了基准测试之外，我们还研究了它与检索增强生成（RAG）的协同作用，揭示了领域知识和视觉 grounding 在自回归推理过程中的相互作用。");

        assertThat(bare.spelledOut(zh, "RAG")).isEqualTo("检索增强生成");
    }

    @Test
    void aVerbAndAOneCharacterWordBeforeTheTermAreLeftOut() {
        PaperText zh = chinese("我们还将这种谱视角扩展到部分可观测马尔可夫决策过程（POMDP），并验证了这些算法在DeepMind Control Suite的20多项具有挑战性的任务中取得了相当的性能。");

        assertThat(bare.spelledOut(zh, "POMDP")).isEqualTo("部分可观测马尔可夫决策过程");
    }

    @Test
    void theEndOfANameJoinedByAHyphenIsNoSpelling() {
        PaperText zh = chinese("该代理集成了量子长短期记忆网络(QLSTM)用于短期趋势预测，以及量子异步优势行动者-评论家算法(QA3C)，这是一种经典A3C算法的量子增强变体。");

        assertThat(bare.spelledOut(zh, "QA3C")).isNull();
    }

    @Test
    void chineseWhoseEnglishTheLettersDoNotSpellIsNoSpelling() {
        // 数据中毒后门攻击 is "data poisoning backdoor attack": no C, no L.
        PaperText zh = chinese("自监督对比学习（CL）能够有效地从未标记数据中学习可迁移的表示，但其在数据中毒后门攻击（DPCLs）方面存在脆弱性。");

        assertThat(bare.spelledOut(zh, "DPCLs")).isNull();
    }

    private PaperText chinese(String text) {
        return new PaperText(Lang.ZH, text, words.of(text), Sentences.chinese(text));
    }
}
