package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.extract.Counterpart;
import org.junit.jupiter.api.Test;

/**
 * A long form with a function word whose Chinese before the short form starts with a glossary term the segmenter
 * split into verbs (tune: arXiv 2506.00439, "we propose Reinforcement Learning-Assisted Ensemble for LLMs (RLAE)" /
 * 本文提出了一种新颖的框架——强化学习辅助集成（RLAE）, where HanLP reads 强化/学习): "for" asks no character of the
 * Chinese, and 强化, a verb, stays at the start because 强化学习 is a term.
 */
class FunctionWordLongFormTest {

    private static final BilingualFixture.Aligned PAPER = BilingualFixture.Aligned.load("function-word-long-form.jsonl");

    @Test
    void theChineseBeforeTheShortFormRendersTheLongForm() {
        Counterpart c = PAPER.candidate("function-word-long-form#rlae",
                "Reinforcement Learning-Assisted Ensemble for LLMs").counterpart();

        assertThat(c.status()).isEqualTo(Counterpart.Status.FOUND);
        assertThat(c.text()).isEqualTo("强化学习辅助集成");
    }

    @Test
    void theChineseTermFindsTheLongFormCountingAHyphenatedCompoundOnceForItsLeastLength() {
        // Eight characters for "Reinforcement Learning-Assisted Ensemble for LLMs": five content words would ask
        // nine at least, but written apart they are four (Learning-Assisted one), which asks seven.
        Counterpart c = PAPER.candidate("function-word-long-form#rlae@zh", "强化学习辅助集成").counterpart();

        assertThat(c.status()).isEqualTo(Counterpart.Status.FOUND);
        assertThat(c.text()).isEqualTo("Reinforcement Learning-Assisted Ensemble for LLMs");
    }

    @Test
    void theCardHasItsChineseSide() {
        Card rlae = PAPER.cardWithShortForm("RLAE");

        assertThat(rlae.term().zh()).isEqualTo("强化学习辅助集成");
    }
}
