package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class InnerPhrasesTest {
    @Test
    void aPieceOfABetterTermIsDroppedUnlessItStandsOnItsOwn() {
        // From "Parallel implicit predictor corrector methods ... the parallel implicit predictor corrector scheme":
        // "Parallel Implicit Predictor" is only ever part of the longer name.
        List<ScoredCandidate> kept = InnerPhrases.drop(List.of(
                scored("Parallel Implicit Predictor Corrector", 2, null, 0.51),
                scored("roundoff error", 2, null, 0.4),
                scored("Parallel Implicit Predictor", 2, null, 0.41),
                scored("implicit predictor", 1, "PIP", 0.3)));

        assertThat(kept).extracting(s -> s.candidate().text())
                .containsExactly("Parallel Implicit Predictor Corrector", "roundoff error", "implicit predictor");
    }

    @Test
    void aPieceInsideTwoBetterOnesOrSaidMoreOftenIsDroppedUnlessItIsTheHeadOfOne() {
        // Inspec tune 20: "state feedback" inside "state feedback controller" and "adaptive state feedback
        // control"; 399: "sense amplifier" said more often than "offset-cancellation sense amplifier" (here with a
        // head after it); such pieces matched an indexer's keyphrase in 15-20% of cases. "model selection" ends "LDA
        // model selection": the head of a kept term stays, though "model selection criterion" holds it too.
        List<ScoredCandidate> kept = InnerPhrases.drop(List.of(
                scored("state feedback controller", 1, null, 0.6),
                scored("adaptive state feedback control", 1, null, 0.5),
                scored("offset-cancellation sense amplifier scheme", 1, null, 0.5),
                scored("LDA model selection", 1, null, 0.5),
                scored("model selection criterion", 1, null, 0.5),
                scored("state feedback", 2, null, 0.4),
                scored("sense amplifier", 3, null, 0.4),
                scored("model selection", 2, null, 0.4)));

        assertThat(kept).extracting(s -> s.candidate().text()).containsExactly("state feedback controller",
                "adaptive state feedback control", "offset-cancellation sense amplifier scheme", "LDA model selection",
                "model selection criterion", "model selection");
    }

    @Test
    void theHeadTermOfABetterOnePartsOfWordsAndChineseStay() {
        List<ScoredCandidate> kept = InnerPhrases.drop(List.of(
                scored("asymptotically Gaussian distribution", 1, null, 0.6),
                scored("Gaussian distribution", 1, null, 0.5),
                scored("transformer network", 1, null, 0.6),
                scored("former", 1, null, 0.5),
                new ScoredCandidate(new TermCandidate(Lang.ZH, "强化学习", "强化学习", List.of(), null, null, null,
                        "ctx", "d", 0, 1, 0.5), 0.6),
                new ScoredCandidate(new TermCandidate(Lang.ZH, "学习", "学习", List.of(), null, null, null, "ctx",
                        "d", 0, 1, 0.5), 0.4)));

        assertThat(kept).as("a head term, a part of a word, Chinese").hasSize(6);
    }

    private static ScoredCandidate scored(String text, int frequency, String abbr, double score) {
        return new ScoredCandidate(new TermCandidate(Lang.EN, GenericPhrases.normalize(text), text, List.of(), abbr,
                null, null, "A sentence with " + text + ".", "d", 0, frequency, 0.5), score);
    }
}
