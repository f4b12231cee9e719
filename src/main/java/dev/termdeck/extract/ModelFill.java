package dev.termdeck.extract;

import dev.termdeck.corpus.Document;
import dev.termdeck.extract.rank.RankFeatures;
import dev.termdeck.extract.rank.RankModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The learned ranker's part in an English abstract's keyphrases ({@link Selection#KEYPHRASES}): the hand score keeps
 * its first {@value #FIRST} terms and decides how many the abstract keeps ({@link ScoreDrop}); the places after them
 * go to the candidates the model ({@link RankModel}) finds likeliest, among every candidate that is no generic
 * phrase, under the cut-off too. Measured over 20 folds of the Inspec tune documents (docs/QUALITY.md, Precision,
 * twelfth session). Without the bundled model the hand score fills every place. Stateless.
 */
final class ModelFill {
    /** The terms the hand score keeps before the model fills the rest. */
    static final int FIRST = ScoreDrop.AFTER;

    private static final Comparator<Map.Entry<ScoredCandidate, Double>> LIKELIEST = Comparator
            .comparing((Map.Entry<ScoredCandidate, Double> e) -> e.getValue()).reversed()
            .thenComparing(e -> e.getKey(), ScoredCandidate.BEST_FIRST);

    private ModelFill() {
    }

    /**
     * The candidates of {@code pool} in the bundled model's order, likeliest first, where the model fills the places
     * of {@code doc}'s keyphrases ({@link ScoreDrop} applies); {@code null} where it does not, or without the model.
     */
    static List<ScoredCandidate> likeliest(Selection selection, Document doc, CandidateScores.Pool pool,
            Map<String, Integer> df) {
        if (!ScoreDrop.appliesTo(selection, doc) || RankModel.bundled().isEmpty()) {
            return null;
        }
        return order(RankModel.bundled().get(), doc, pool.passing(), pool.under(),
                c -> CandidateScores.frequency(df, c));
    }

    /**
     * One document's pool ({@code passing}, best first, then {@code under}, the candidates under the cut-off, best
     * first) in the order the model gives it: likeliest first.
     */
    static List<ScoredCandidate> order(RankModel model, Document doc, List<ScoredCandidate> passing,
            List<ScoredCandidate> under, ToIntFunction<TermCandidate> df) {
        List<ScoredCandidate> pool = new ArrayList<>(passing.size() + under.size());
        pool.addAll(passing);
        pool.addAll(under);
        List<RankFeatures.Candidate> view = new ArrayList<>(pool.size());
        for (ScoredCandidate s : pool) {
            view.add(view(s, df.applyAsInt(s.candidate())));
        }
        float[][] features = RankFeatures.of(doc, view);
        List<Map.Entry<ScoredCandidate, Double>> scored = new ArrayList<>(pool.size());
        for (int i = 0; i < pool.size(); i++) {
            scored.add(Map.entry(pool.get(i), model.probability(features[i])));
        }
        scored.sort(LIKELIEST);
        return scored.stream().map(Map.Entry::getKey).toList();
    }

    /** How the features see a scored candidate found in {@code documentFrequency} documents. */
    static RankFeatures.Candidate view(ScoredCandidate s, int documentFrequency) {
        TermCandidate c = s.candidate();
        return new RankFeatures.Candidate(c.text(), c.key(), s.score(), c.termhood(), c.definition() != null,
                c.abbr() != null, c.frequency(), documentFrequency, c.start());
    }

    /**
     * The terms kept: the first {@value #FIRST} of {@code today} (the hand score's selection), then as many more as
     * {@code today} has, the likeliest of {@code likeliestFirst} not kept yet.
     */
    static List<ScoredCandidate> keep(List<ScoredCandidate> today, List<ScoredCandidate> likeliestFirst) {
        if (today.size() <= FIRST) {
            return today;
        }
        List<ScoredCandidate> kept = new ArrayList<>(today.subList(0, FIRST));
        Set<ScoredCandidate> in = new HashSet<>(kept);
        for (ScoredCandidate c : likeliestFirst) {
            if (kept.size() == today.size()) {
                break;
            }
            if (in.add(c)) {
                kept.add(c);
            }
        }
        return kept;
    }
}
