package dev.termdeck.extract;

/**
 * How many candidates become cards, the same rules for every language.
 *
 * @param perDocument the most terms kept from one document (the best-scored ones), at least 1
 * @param minScore    candidates scored below this ({@link TermRanker}, in [0, 1]) are dropped
 * @param maxCards    the most cards in the deck (the best-scored ones), or 0 for no limit
 */
public record Selection(int perDocument, double minScore, int maxCards) {
    /** Default cap per document. */
    public static final int DEFAULT_PER_DOCUMENT = 8;
    /** Default minimum score. */
    public static final double DEFAULT_MIN_SCORE = 0.3;

    /** The defaults: 8 per document, minimum score 0.3, no deck limit. */
    public static final Selection DEFAULT = new Selection(DEFAULT_PER_DOCUMENT, DEFAULT_MIN_SCORE, 0);

    public Selection {
        if (perDocument < 1) {
            throw new IllegalArgumentException("per-document cap must be at least 1, was " + perDocument);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minimum score must be in [0, 1], was " + minScore);
        }
        if (maxCards < 0) {
            throw new IllegalArgumentException("maximum number of cards must not be negative, was " + maxCards);
        }
    }
}
