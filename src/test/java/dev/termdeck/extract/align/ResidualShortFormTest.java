package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short form the translation keeps in Latin letters beside Chinese, and the long form the English extractor cut, on
 * tune arXiv 2506.17564: "Residual Reinforcement Learning (RL) is a popular approach ... While Residual RL is more
 * sample-efficient ..." / 残差强化学习（RL）是一种流行的方法……尽管残差RL在样本效率上……. The English extractor takes
 * "Reinforcement Learning (RL)" out of the long form: the Chinese before （RL） renders the whole long form, and 残差
 * ("residual", written against the term) is no word of it ({@link LeftOutWords}). "Residual RL" aligns with 残差RL,
 * which the translation also writes with RL written out as the glossary's 强化学习 ({@link WrittenOutShortForms}).
 */
class ResidualShortFormTest {

    private static final BilingualFixture.Aligned PAPER = BilingualFixture.Aligned.load("residual-rl.jsonl");

    @Test
    void aTermCutFromItsLongFormDoesNotTakeTheLeftOutWordsRendering() {
        assertThat(PAPER.candidate("residual-rl#residual-rl", "Reinforcement Learning").counterpart().text()).isEqualTo("强化学习");
    }

    @Test
    void aShortFormKeptInLatinLettersIsWrittenOutAsTheTranslationWritesTheSameTerm() {
        assertThat(PAPER.candidate("residual-rl#residual-rl", "Residual RL").counterpart().text()).isEqualTo("残差强化学习");
    }

    @Test
    void aFormTheTranslationDoesNotWriteOutStaysAsItIs() {
        String zh = PAPER.docs().get(1).text();
        WrittenOutShortForms writtenOut = new WrittenOutShortForms(BilingualFixture.GLOSSARY);

        assertThat(writtenOut.of(zh, "残差RL")).isEqualTo("残差强化学习");
        // 演示增强RL方法 ("demo-augmented RL methods"): no 演示增强强化学习方法 in the translation.
        assertThat(writtenOut.of(zh, "演示增强RL方法")).isNull();
        assertThat(writtenOut.of(zh, "RL")).isNull();
    }

    @Test
    void theCardLeadsWithTheFullChinese() {
        List<Card> cards = PAPER.assemble().cards();

        assertThat(cards).extracting(k -> k.term().zh()).contains("残差强化学习").doesNotContain("残差RL", "残差强化学习（RL）");
        Card residual = cards.stream().filter(k -> "残差强化学习".equals(k.term().zh())).findFirst().orElseThrow();
        assertThat(residual.term().en()).isEqualTo("Residual Reinforcement Learning");
    }
}
