package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.extract.ProgressListener;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build summary's part about the card rule: what it left out, and the papers it left with no card. */
class CardRuleTallyTest {
    @Test
    void saysNothingWhenTheRuleLeftNothingOut() {
        CardRuleTally tally = new CardRuleTally(ProgressListener.NONE);
        tally.cardRules(0, List.of());

        assertThat(tally.summary()).isEmpty();
        assertThat(new CardRuleTally(ProgressListener.NONE).summary()).isEmpty();
    }

    @Test
    void namesUpToThreePapersLeftWithNoCardAndCountsTheRest() {
        CardRuleTally one = new CardRuleTally(ProgressListener.NONE);
        one.cardRules(1, List.of("251020322v2-hyperet#1"));
        CardRuleTally five = new CardRuleTally(ProgressListener.NONE);
        five.cardRules(12, List.of("a#1", "b#1", "c#1", "d#1", "e#1"));

        assertThat(one.summary()).isEqualTo("; 1 candidate left out by the card rule (no definition and no evidence; "
                + "see docs/extraction.md), 1 paper left with no card: 251020322v2-hyperet#1");
        assertThat(five.summary()).endsWith(", 5 papers left with no card: a#1, b#1, c#1 and 2 more");
    }

    @Test
    void aPaperIdReachesTheTerminalWithoutItsControls() {
        CardRuleTally tally = new CardRuleTally(ProgressListener.NONE);
        tally.cardRules(1, List.of("evil\u001b[2Jname#1"));

        assertThat(tally.summary()).doesNotContain("\u001b").contains("name#1");
    }
}
