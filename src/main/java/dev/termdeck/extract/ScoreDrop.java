package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * How many terms one English abstract read without its translation keeps: its best candidates, up to {@value #EXTRA}
 * more than the cap, ended where the scores drop. Past the first {@value #AFTER} terms, a candidate scored at least
 * {@value #DROP} below the one before it ends the list, except for the candidates after it that the text says more
 * than once. A drop marks where a document's named topics end and its passing phrases begin, so a document with many
 * close scores keeps more terms and one with a few clear topics fewer.
 *
 * <p>Used for keyphrases ({@link Selection#KEYPHRASES}, {@code termdeck eval --keyphrases}), not for decks. Measured
 * on the Inspec tune half only (docs/QUALITY.md, Precision, ninth session): keyphrase precision 0.513 -> 0.516, F1
 * 0.309 -> 0.311, at 6.0 -> 6.2 terms a document; on the shipped deck it added undefined cards (a definition on
 * 80.4% -> 79.6% of the cards), so the deck keeps its fixed cap. A paper read with its translation is selected over
 * both versions ({@link BilingualSelection}) and keeps the plain cap, as do a long article and a Chinese abstract
 * (the drop was measured on English keyphrases only).
 */
final class ScoreDrop {
    /** The terms always kept (when they reach the cut-off), whatever the drop after them. */
    static final int AFTER = 4;
    /** A drop in score this large, from one candidate to the next, ends the list. */
    static final double DROP = 0.08;
    /** How many terms over the cap a document without a drop keeps. */
    static final int EXTRA = Selection.SCORE_DROP_EXTRA;

    private ScoreDrop() {
    }

    /** Whether {@code selection} ends the terms of {@code doc}, read without its translation, at a drop. */
    static boolean appliesTo(Selection selection, Document doc) {
        return selection.scoreDrop() && doc.lang() == Lang.EN && doc.chars() <= Selection.LONG_DOCUMENT_CHARS;
    }

    /**
     * The terms kept of {@code bestFirst} (scored and ordered by {@link ScoredCandidate#BEST_FIRST}), for a cap of
     * {@code cap}.
     */
    static List<ScoredCandidate> keep(List<ScoredCandidate> bestFirst, int cap) {
        int limit = Math.min(bestFirst.size(), cap + EXTRA);
        List<ScoredCandidate> kept = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            ScoredCandidate c = bestFirst.get(i);
            if (i >= AFTER && bestFirst.get(i - 1).score() - c.score() >= DROP - 1e-9) {
                for (ScoredCandidate rest : bestFirst.subList(i, limit)) {
                    if (rest.candidate().frequency() > 1) {
                        kept.add(rest);
                    }
                }
                return kept;
            }
            kept.add(c);
        }
        return kept;
    }
}
