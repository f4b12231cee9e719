package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Chinese term of a paper with a translation is the glossary entry its text names only when the translation does
 * not say it is another English term, on sentences of the tune split.
 */
class RenderedSenseTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);

    @Test
    void aChineseTermTheTranslationRendersWithOtherWordsIsNotTheEntryItsTextNames() {
        // arXiv 2506.16170 (tune): "Large language models (LLMs) are known to memorize parts of their training data"
        // / 大型语言模型（LLMs）已知会记忆部分训练数据. 记忆 is the glossary's "memory"; here it is "memorization".
        Card c = link("记忆", "大型语言模型（LLMs）已知会记忆部分训练数据，这引发了隐私和安全方面的重要担忧。",
                "memorization");

        assertThat(c.term().en()).isEqualTo("memorization");
        assertThat(c.term().zh()).isEqualTo("记忆");
    }

    @Test
    void aRenderingThatSharesAWordWithTheEntryStillNamesIt() {
        // arXiv 2510.11026 (tune): "... derived from the forward pass of a few target-domain samples" / ……从少量
        // 目标领域样本的前向传递中导出的……: "forward pass" is the entry "forward propagation" (前向传播, 前向传递).
        Card c = link("前向传递", "FlexAC结合了从少量目标领域样本的前向传递中导出的特定于任务的联想向量。", "forward pass");

        assertThat(c.term().en()).isEqualTo("forward propagation");
        assertThat(c.term().zh()).isEqualTo("前向传播");
    }

    private Card link(String zh, String sentence, String rendering) {
        TermGroup g = new TermGroup(Lang.ZH, TermKeys.of(zh), zh, List.of(), null, null, sentence, false,
                List.of(new Source("p#1@zh", Lang.ZH, sentence)), 1, 0.5,
                List.of(Counterpart.found(rendering, Counterpart.Evidence.ALIGNMENT, null)));
        return linker.link(List.of(), List.of(g)).get(0);
    }
}
