package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring stage of {@link DeckAssembler}: each candidate scored with {@link TermRanker} (termhood plus the
 * number of documents that have it), generic phrases dropped, the cut-off applied, phrases inside better ones and
 * pieces written only inside a longer candidate dropped. Thread-safe.
 */
final class CandidateScores {
    private final Selection selection;
    private final GenericPhrases generic;
    private final TermRanker ranker = new TermRanker();

    CandidateScores(Selection selection, GenericPhrases generic) {
        this.selection = selection;
        this.generic = generic;
    }

    /** How many documents have each candidate (by language and key), from every document's candidates. */
    static Map<String, Integer> documentFrequencies(List<List<TermCandidate>> extracted) {
        Map<String, Integer> df = new HashMap<>();
        for (List<TermCandidate> doc : extracted) {
            doc.stream().map(CandidateScores::dfKey).distinct().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        return df;
    }

    /**
     * One document's candidates that are no generic phrase: the ones that reach the cut-off ({@link Selection#keeps}
     * for English: the minimum score, or half the document's best in a document with no strong candidate; the
     * minimum score for Chinese), without phrases inside better ones and pieces written only inside a longer one, and
     * the ones under the cut-off.
     *
     * @param passing the candidates kept, best first
     * @param under   the candidates under the cut-off, best first
     */
    record Pool(List<ScoredCandidate> passing, List<ScoredCandidate> under) {
    }

    /** The {@link Pool} of one document's candidates ({@code df}: {@link #documentFrequencies}). */
    Pool pool(Document doc, List<TermCandidate> candidates, Map<String, Integer> df) {
        List<ScoredCandidate> all = new ArrayList<>();
        double best = 0;
        for (TermCandidate c : candidates) {
            if (generic.isGeneric(c)) {
                continue;
            }
            double s = ranker.score(c, frequency(df, c));
            all.add(new ScoredCandidate(c, s));
            best = Math.max(best, s);
        }
        List<ScoredCandidate> scored = new ArrayList<>(all.size());
        List<ScoredCandidate> under = new ArrayList<>();
        for (ScoredCandidate c : all) {
            // The share of the best was measured on English keyphrases (Inspec) only: Chinese keeps the minimum.
            if (c.candidate().lang() == Lang.EN ? selection.keeps(c.score(), best) : c.score() >= selection.minScore()) {
                scored.add(c);
            } else {
                under.add(c);
            }
        }
        scored.sort(ScoredCandidate.BEST_FIRST);
        under.sort(ScoredCandidate.BEST_FIRST);
        return new Pool(EnclosedPieces.drop(InnerPhrases.drop(scored), doc), under);
    }

    /** How many documents have {@code c} ({@code df}: {@link #documentFrequencies}; at least 1). */
    static int frequency(Map<String, Integer> df, TermCandidate c) {
        return df.getOrDefault(dfKey(c), 1);
    }

    private static String dfKey(TermCandidate c) {
        return c.lang().code() + ":" + c.key();
    }
}
