package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermRankerTest {
    private final TermRanker ranker = new TermRanker();

    @Test
    void termhoodAloneGivesSixTenths() {
        assertThat(ranker.score(candidate(Lang.EN, 0.5, null, null, null), 1)).isEqualTo(0.3);
    }

    @Test
    void definitionAbbreviationAndSpreadAddTheSameForEveryLanguage() {
        double en = ranker.score(candidate(Lang.EN, 0.5, "X is a Y.", "XY", null), 3);
        double zh = ranker.score(candidate(Lang.ZH, 0.5, "X是Y。", null, "X Y"), 3);

        assertThat(en).isEqualTo(0.7);
        assertThat(zh).isEqualTo(en);
        assertThat(ranker.score(candidate(Lang.EN, 0.5, null, null, null), 2)).isEqualTo(0.35);
    }

    @Test
    void scoreStaysInRange() {
        assertThat(ranker.score(candidate(Lang.EN, 1.0, "d", "A", null), 50)).isEqualTo(1.0);
        assertThatThrownBy(() -> ranker.score(candidate(Lang.EN, 0.5, null, null, null), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TermCandidate candidate(Lang lang, double termhood, String def, String abbr, String gloss) {
        return new TermCandidate(lang, "k", "t", List.of(), abbr, gloss, def, "c.", "d#1", 0, 1, termhood);
    }
}
