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
        List<ScoredCandidate> kept = ScoreDrop.keep(candidates("""
                0.61 2 quantum computer
                0.49 1 qubit
                0.474 2 decoherence
                0.43 1 numerical simulation
                0.33 2 error correction method
                0.33 1 noisy quantum channel
                0.315 1 Shor's fault-tolerant recovering method
                """), 8);

        assertThat(kept).extracting(s -> s.candidate().text()).containsExactly("quantum computer", "qubit",
                "decoherence", "numerical simulation", "error correction method");
    }

    /**
     * Inspec tune 596 ("Copyright management in the digital age"): no step of 0.08 between close scores, so the
     * abstract keeps two terms over the cap of 8 ("online delivery", "serious thorn"), and no more.
     */
    @Test
    void withoutADropTwoMoreThanTheCapAreKept() {
        List<ScoredCandidate> all = candidates("""
                0.48 2 copyright management
                0.348 1 Merrill Lynch
                0.342 1 online music market
                0.33 1 digital age
                0.33 1 digital content creator
                0.33 1 Martin Brass
                0.33 1 senior industry consultant
                0.27 1 Syntegra
                0.258 1 online delivery
                0.24 1 serious thorn
                0.24 1 music producer
                """);

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
        List<ScoredCandidate> kept = ScoreDrop.keep(candidates("""
                0.51 3 Radianz
                0.51 3 Savvis
                0.48 1 telecom scandal
                0.39 1 data-extranet component
                0.27 1 network provider
                0.258 1 telecommunication infrastructure
                0.258 1 brokerage house
                """), 8);

        assertThat(kept).extracting(s -> s.candidate().text()).containsExactly("Radianz", "Savvis",
                "telecom scandal", "data-extranet component");
    }

    @Test
    void onlyTheKeyphrasesEndAtADrop() {
        assertThat(Selection.KEYPHRASES.scoreDrop()).isTrue();
        assertThat(Selection.DEFAULT.scoreDrop()).isFalse();
        assertThat(new Selection(10, 0, 0).scoreDrop()).isFalse();
    }

    /** One candidate a line, best first: its score, how many times the text says it, its text. */
    private static List<ScoredCandidate> candidates(String lines) {
        return lines.lines().map(line -> line.split(" ", 3)).map(f -> new ScoredCandidate(new TermCandidate(Lang.EN,
                GenericPhrases.normalize(f[2]), f[2], List.of(), null, null, null, "A sentence with " + f[2] + ".",
                "d", 0, Integer.parseInt(f[1]), 0.5), Double.parseDouble(f[0]))).toList();
    }
}
