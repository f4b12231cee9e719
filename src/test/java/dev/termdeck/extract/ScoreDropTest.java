package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreDropTest {
    /**
     * Inspec tune 1075 ("Numerical simulation of information recovery in quantum computers"), its candidates as the
     * ranker scores them: after "numerical simulation" (0.43) the next scores 0.33, so the list ends there, except
     * for "error correction methods", which the text says twice ("it is possible to use error correction methods",
     * "even using noisy error correction methods"); "a noisy quantum channel" and "Shor's fault-tolerant recovering
     * methods", said once, go.
     */
    @Test
    void aDropInScoreEndsTheTermsButForTheOnesSaidAgain() {
        List<ScoredCandidate> kept = ScoreDrop.keep(List.of(
                scored("quantum computer", 0.61, 2),
                scored("qubit", 0.49, 1),
                scored("decoherence", 0.474, 2),
                scored("numerical simulation", 0.43, 1),
                scored("error correction method", 0.33, 2),
                scored("noisy quantum channel", 0.33, 1),
                scored("Shor's fault-tolerant recovering method", 0.315, 1)), 8);

        assertThat(kept).extracting(s -> s.candidate().text()).containsExactly("quantum computer", "qubit",
                "decoherence", "numerical simulation", "error correction method");
    }

    /**
     * Inspec tune 596 ("Copyright management in the digital age"): no step of 0.08 between close scores, so the
     * abstract keeps two terms over the cap of 8 ("online delivery", "serious thorn"), and no more.
     */
    @Test
    void withoutADropTwoMoreThanTheCapAreKept() {
        List<ScoredCandidate> all = List.of(
                scored("copyright management", 0.48, 2),
                scored("Merrill Lynch", 0.348, 1),
                scored("online music market", 0.342, 1),
                scored("digital age", 0.33, 1),
                scored("digital content creator", 0.33, 1),
                scored("Martin Brass", 0.33, 1),
                scored("senior industry consultant", 0.33, 1),
                scored("Syntegra", 0.27, 1),
                scored("online delivery", 0.258, 1),
                scored("serious thorn", 0.24, 1),
                scored("music producer", 0.24, 1));

        assertThat(ScoreDrop.keep(all, 8)).hasSize(10).last()
                .extracting(s -> s.candidate().text()).isEqualTo("serious thorn");
        assertThat(ScoreDrop.keep(all.subList(0, 3), 8)).hasSize(3);
    }

    /**
     * Inspec tune 99 (Radianz and Savvis): the drop of 0.09 before "data-extranet component", the fourth term, does
     * not count; the drop of 0.12 before "network provider", the fifth, ends the list.
     */
    @Test
    void theFirstFourStayWhateverTheDrop() {
        List<ScoredCandidate> kept = ScoreDrop.keep(List.of(
                scored("Radianz", 0.51, 3),
                scored("Savvis", 0.51, 3),
                scored("telecom scandal", 0.48, 1),
                scored("data-extranet component", 0.39, 1),
                scored("network provider", 0.27, 1),
                scored("telecommunication infrastructure", 0.258, 1),
                scored("brokerage house", 0.258, 1)), 8);

        assertThat(kept).extracting(s -> s.candidate().text()).containsExactly("Radianz", "Savvis",
                "telecom scandal", "data-extranet component");
    }

    @Test
    void onlyTheKeyphrasesEndAtADrop() {
        assertThat(Selection.KEYPHRASES.scoreDrop()).isTrue();
        assertThat(Selection.DEFAULT.scoreDrop()).isFalse();
        assertThat(new Selection(10, 0, 0).scoreDrop()).isFalse();
    }

    private static ScoredCandidate scored(String text, double score, int frequency) {
        return new ScoredCandidate(new TermCandidate(Lang.EN, GenericPhrases.normalize(text), text, List.of(), null,
                null, null, "A sentence with " + text + ".", "d", 0, frequency, 0.5), score);
    }
}
