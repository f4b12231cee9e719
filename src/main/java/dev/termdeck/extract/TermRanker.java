package dev.termdeck.extract;

/**
 * Scores candidates of either language on one scale, so that the per-document cap and the minimum score mean the
 * same for English and Chinese. Stateless and thread-safe.
 *
 * <p>A score in [0, 1] is the weighted sum of
 * <ul>
 *   <li>the extractor's {@link TermCandidate#termhood() termhood} (in [0, 1]), weight {@value #TERMHOOD};</li>
 *   <li>a definition found by a cue, weight {@value #DEFINED};</li>
 *   <li>an abbreviation or a gloss in the other language written beside the term (the author marked it as a
 *       term), weight {@value #MARKED};</li>
 *   <li>document frequency in the corpus: 0 for a term seen in one document, rising linearly to the full weight
 *       {@value #SPREAD} at {@value #FULL_SPREAD_DOCS} documents;</li>
 *   <li>less {@value #UNTRANSLATED} when the paper has a translation that does not render the term.</li>
 * </ul>
 * Scores are rounded to three decimals, so that decks print the same on every machine.
 */
public final class TermRanker {
    static final double TERMHOOD = 0.6;
    static final double DEFINED = 0.15;
    static final double MARKED = 0.15;
    static final double SPREAD = 0.1;
    static final int FULL_SPREAD_DOCS = 3;
    /**
     * What a term loses when its paper has a translation that does not render it ({@link Counterpart.Status#NOT_FOUND}):
     * on real text a translator renders an abstract's concepts, not its fragments, so this is a strong sign of a junk
     * phrase.
     */
    static final double UNTRANSLATED = 0.15;

    /**
     * The score of {@code c}, which occurs in {@code documentFrequency} documents of its language.
     *
     * @throws IllegalArgumentException when {@code documentFrequency} is below 1
     */
    public double score(TermCandidate c, int documentFrequency) {
        if (documentFrequency < 1) {
            throw new IllegalArgumentException("document frequency of '" + c.text() + "' is " + documentFrequency);
        }
        double spread = Math.min(1.0, (documentFrequency - 1) / (double) (FULL_SPREAD_DOCS - 1));
        double s = TERMHOOD * clamp(c.termhood())
                + (c.definition() != null ? DEFINED : 0)
                + (c.abbr() != null || c.gloss() != null ? MARKED : 0)
                + SPREAD * spread
                - (c.counterpart().status() == Counterpart.Status.NOT_FOUND ? UNTRANSLATED : 0);
        return round(clamp(s));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** {@code v} rounded to three decimals. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
