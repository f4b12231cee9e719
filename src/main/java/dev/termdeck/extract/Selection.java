package dev.termdeck.extract;

import dev.termdeck.corpus.Document;

/**
 * How many candidates become cards, the same rules for every language (but the drop in score that ends an English
 * abstract's keyphrases, {@link #scoreDrop()}).
 *
 * @param perDocument the most terms kept from one document (the best-scored ones), at least 1
 * @param minScore    candidates scored below this ({@link TermRanker}, in [0, 1]) are dropped
 * @param maxCards    the most cards in the deck (the best-scored ones), or 0 for no limit
 * @param scoreDrop   whether an English abstract read without its translation keeps up to {@link ScoreDrop#EXTRA}
 *                    more terms, ended where the scores drop ({@link ScoreDrop}); false for a fixed number a document
 */
public record Selection(int perDocument, double minScore, int maxCards, boolean scoreDrop) {
    /** Default cap per document. */
    public static final int DEFAULT_PER_DOCUMENT = 8;
    /** How many terms over the cap an English abstract whose scores do not drop keeps ({@link #scoreDrop()}). */
    public static final int SCORE_DROP_EXTRA = 2;
    /** Default minimum score. */
    public static final double DEFAULT_MIN_SCORE = 0.3;

    /** The defaults: 8 per document, minimum score 0.3, no deck limit. */
    public static final Selection DEFAULT = new Selection(DEFAULT_PER_DOCUMENT, DEFAULT_MIN_SCORE, 0);

    /**
     * The defaults of a keyphrase run ({@code termdeck eval --keyphrases}): an English abstract keeps up to
     * {@value #SCORE_DROP_EXTRA} more terms, ended where the scores drop ({@link ScoreDrop}). Not the deck's default:
     * on the shipped deck it added undefined cards (docs/QUALITY.md, Precision, ninth session).
     */
    public static final Selection KEYPHRASES = new Selection(DEFAULT_PER_DOCUMENT, DEFAULT_MIN_SCORE, 0, true);

    /** A selection with a fixed number of terms a document (no {@link #scoreDrop()}). */
    public Selection(int perDocument, double minScore, int maxCards) {
        this(perDocument, minScore, maxCards, false);
    }

    /**
     * Documents up to this many characters (abstracts) keep {@link #perDocument()} terms; longer ones (long articles)
     * keep more. The same threshold as evaluation's: {@link Document#LONG_ARTICLE_CHARS}.
     */
    public static final int LONG_DOCUMENT_CHARS = Document.LONG_ARTICLE_CHARS;
    /** A long document keeps one more term per this many characters past {@link #LONG_DOCUMENT_CHARS}. */
    public static final int CHARS_PER_EXTRA_TERM = 300;
    /** The most terms one document keeps, however long. */
    public static final int MAX_PER_DOCUMENT = 30;

    /**
     * The cap for a document of {@code chars} characters: {@link #perDocument()} for an abstract; a long article
     * (a blog post, a paper body) keeps one more term per {@value #CHARS_PER_EXTRA_TERM} characters past
     * {@value #LONG_DOCUMENT_CHARS}, up to {@value #MAX_PER_DOCUMENT} (or {@code perDocument}, if larger).
     */
    public int capFor(int chars) {
        int extra = Math.max(0, chars - LONG_DOCUMENT_CHARS) / CHARS_PER_EXTRA_TERM;
        return Math.max(perDocument, Math.min(MAX_PER_DOCUMENT, perDocument + extra));
    }

    /**
     * In a document whose best candidate scores low (a short abstract with no definition, short form or repeat), a
     * candidate under {@link #minScore()} is still kept when it scores at least this share of the document's best...
     */
    public static final double SHARE_OF_BEST = 0.5;
    /** ... and at least this share of {@link #minScore()}. */
    public static final double FLOOR_SHARE = 0.8;

    /**
     * Whether a candidate scored {@code score}, in a document whose best candidate scores {@code best}, reaches the
     * cut-off: {@link #minScore()}, or, in a document with no strong candidate, half of its best (and no less than
     * {@value #FLOOR_SHARE} of the minimum). The best terms of a weak document name its topics as well as those of a
     * strong one: on the Inspec tune split, candidates scored 0.24-0.30 matched an indexer's keyphrase in 39% of cases
     * where they scored at least half their document's best, in 33% of the others (docs/QUALITY.md, Precision).
     */
    public boolean keeps(double score, double best) {
        return score >= minScore || score >= FLOOR_SHARE * minScore && score >= SHARE_OF_BEST * best;
    }

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
