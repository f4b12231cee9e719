package dev.termdeck.extract;

import java.util.Comparator;
import java.util.Objects;

/**
 * A candidate with its ranking score ({@link TermRanker}).
 *
 * @param candidate the candidate
 * @param score     its score in [0, 1]
 */
public record ScoredCandidate(TermCandidate candidate, double score) {
    /** Best first: higher score, then earlier in the document, then key (a total, deterministic order). */
    public static final Comparator<ScoredCandidate> BEST_FIRST = Comparator
            .comparingDouble(ScoredCandidate::score).reversed()
            .thenComparingInt(s -> s.candidate().start())
            .thenComparing(s -> s.candidate().key());

    public ScoredCandidate {
        Objects.requireNonNull(candidate, "candidate");
    }
}
