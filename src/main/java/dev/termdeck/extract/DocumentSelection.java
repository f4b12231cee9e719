package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-document selection of {@link DeckAssembler}: the best {@link Selection#capFor(int)} of each document's
 * scored candidates (ended where the scores drop when {@link ScoreDrop} applies), and for a paper read in both
 * languages one cap over both versions ({@link BilingualSelection}).
 */
final class DocumentSelection {
    private DocumentSelection() {
    }

    /**
     * The candidates kept of each document, in the order of {@code docs}.
     *
     * @param scored    each document's scored candidates, best first
     * @param likeliest each document's candidates in the learned ranker's order where it fills the places past the
     *                  first ({@link ModelFill}), else {@code null}
     * @param extra     the candidates each paper (id) is given over its cap
     */
    static List<List<ScoredCandidate>> select(List<Document> docs, List<List<ScoredCandidate>> scored,
            List<List<ScoredCandidate>> likeliest, Map<String, Integer> extra, Selection selection) {
        List<List<ScoredCandidate>> kept = new ArrayList<>(Collections.nCopies(docs.size(), null));
        Map<String, Integer> firstOfPaper = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            int more = extra.getOrDefault(d.paper(), 0);
            Integer other = firstOfPaper.putIfAbsent(d.paper(), i);
            if (other == null) {
                int cap = selection.capFor(d.chars()) + more;
                List<ScoredCandidate> mine = ScoreDrop.appliesTo(selection, d) ? ScoreDrop.keep(scored.get(i), cap)
                        : atMost(scored.get(i), cap);
                kept.set(i, likeliest.get(i) == null ? mine : ModelFill.keep(mine, likeliest.get(i)));
                continue;
            }
            // The second version of a paper: the paper's concepts are selected over both versions, one cap for both.
            Document first = docs.get(other);
            int en = first.lang() == Lang.EN ? other : i;
            int zh = first.lang() == Lang.EN ? i : other;
            List<List<ScoredCandidate>> both = BilingualSelection.select(scored.get(en), scored.get(zh),
                    selection.capFor(first.isTranslation() ? d.chars() : first.chars()) + more);
            kept.set(en, both.get(0));
            kept.set(zh, both.get(1));
        }
        return kept;
    }

    /** The first {@code cap} of one document's scored candidates (best first): the ones that survive selection. */
    private static List<ScoredCandidate> atMost(List<ScoredCandidate> scored, int cap) {
        return scored.size() > cap ? scored.subList(0, cap) : scored;
    }
}
