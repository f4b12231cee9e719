package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.extract.Counterpart;
import org.junit.jupiter.api.Test;

/**
 * A long form whose head noun the English writes after the short form's brackets and the translation before them
 * (tune: arXiv 2506.11036, "a plug-and-play Test-time Humane-centered Interaction (THI) module" / 即插即用的测试时人本交互模块
 * （THI））: the Chinese before the brackets without that head renders the term; hyphenated compounds count as one
 * word for how short that Chinese may be (Test-time 测试时, Humane-centered 人本).
 */
class MovedHeadTest {

    private static final BilingualFixture.Aligned PAPERS = BilingualFixture.Aligned.load("moved-head.jsonl");

    @Test
    void theHeadAfterTheBracketsIsLeftOutOfTheRenderingBeforeThem() {
        Counterpart c = PAPERS.candidate("moved-head#thi", "Test-time Humane-centered Interaction")
                .counterpart();

        assertThat(c.status()).isEqualTo(Counterpart.Status.FOUND);
        assertThat(c.text()).isEqualTo("测试时人本交互");
    }

    @Test
    void theCardHasTheRenderingAsItsChineseSide() {
        Card thi = PAPERS.cardWithShortForm("THI");

        assertThat(thi.term().zh()).isEqualTo("测试时人本交互");
    }
}
