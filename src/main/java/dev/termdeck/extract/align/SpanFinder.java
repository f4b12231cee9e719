package dev.termdeck.extract.align;

import java.util.List;

/**
 * Finds the words of one side of a sentence pair that render a phrase of the other side: the contiguous run of words
 * that the phrase's words explain better than the rest of the sentence does (a phrase-level reading of word
 * alignment: every word inside the run is pulled toward the phrase, every word outside toward the rest). Each target
 * word scores ln((in + ε) / (out + ε)), where {@code in} is its strongest association with a word of the phrase and
 * {@code out} its strongest with another word of the source sentences ({@link WordWeights}); the run with the greatest
 * sum, starting and ending on words that may edge a term, is the rendering. A run never crosses punctuation or a
 * function word other than 的 (Chinese) or a preposition inside a name (English: "Learning Under Privileged
 * Information"). A word that may not edge a term does when it and the word beside it are one known word the segmenter
 * split into single characters (后/验 of 后验).
 *
 * <p>Then the run is completed ({@link RunCompletion}): words beside it render the words of the phrase whose
 * translation was never learned, a one-character word at an edge takes the word beside it when the segmenter split
 * one word, and the phrase's coverage (the share of its content words rendered) says how complete the rendering is.
 * Stateless.
 */
final class SpanFinder {
    /** An association at least this strong counts as a word rendering another. */
    static final double RENDERS = 0.05;
    /**
     * A word another word of the sentence renders at least this strongly is that word's, and no run is extended over
     * it (weaker associations of rare words are often noise of the learning).
     */
    static final double CLAIMS = 0.25;
    /** The longest rendering, in words. */
    private static final int MAX_RUN = 14;

    private SpanFinder() {
    }

    /** How strongly a source word and a target word translate each other. */
    interface Association {
        double of(Word source, Word target);

        /** Whether {@code form} is a word of the target language the corpus or the glossary wrote whole. */
        default boolean isWord(String form) {
            return false;
        }

        /**
         * Whether too little was seen of the source word to learn its translation (a rare word: "tracklet"), so that
         * the unclaimed words beside a run may render it.
         */
        default boolean isRare(Word source) {
            return false;
        }

        /** Whether the target word renders the source word as part of a compound (数据流 for "flow"). */
        default boolean rendersWithin(Word source, Word target) {
            return false;
        }

        /** Whether the two words are the same Latin word (a name both versions write). */
        default boolean isIdentical(Word source, Word target) {
            return source.norm().equals(target.norm());
        }
    }

    /**
     * The rendering found: target words [from, to), the sum of their scores, and the share of the phrase's content
     * words rendered inside it.
     */
    record Run(int from, int to, double score, double coverage) {
    }

    /**
     * The run of target words in [tFrom, tTo) that renders source words [pFrom, pTo) of the source sentences
     * [sFrom, sTo), or {@code null} when no target word leans toward the phrase.
     *
     * @param mustEnd the target word the run must end with (the word before a short form in brackets), or -1
     */
    static Run find(List<Word> source, int sFrom, int sTo, int pFrom, int pTo, List<Word> target, int tFrom, int tTo,
            int mustEnd, Association assoc) {
        WordWeights w = WordWeights.of(source, sFrom, sTo, pFrom, pTo, target, tFrom, tTo, assoc);
        int end = mustEnd < 0 ? -1 : mustEnd - tFrom;
        if (!w.any() || end >= w.n || end >= 0 && !target.get(tFrom + end).edge()) {
            return null;
        }
        Run best = best(w, end);
        return best == null ? null : RunCompletion.complete(source, pFrom, pTo, target, tFrom, w, end, best, assoc);
    }

    /**
     * The run of greatest positive weight (relative to the sentence's first target word, no coverage yet) that starts
     * and ends on words that may edge a term, or ends on {@code end} when it is not -1; {@code null} when there is none.
     */
    private static Run best(WordWeights w, int end) {
        int n = w.n;
        int bestFrom = -1;
        int bestTo = -1;
        double best = end >= 0 ? Double.NEGATIVE_INFINITY : 0;
        for (int a = end >= 0 ? end : n - 1; a >= 0; a--) {
            if (end >= 0 && a < end && w.blocked[a + 1]) {
                break;
            }
            if (!w.starts[a] || w.weight[a] <= 0) {
                continue;
            }
            double sum = 0;
            for (int b = a; b < Math.min(n, a + MAX_RUN); b++) {
                if (b > a && w.blocked[b]) {
                    break;
                }
                sum += w.weight[b];
                boolean closes = end >= 0 ? b == end : w.ends[b] && w.weight[b] > 0;
                if (closes && sum > best) {
                    best = sum;
                    bestFrom = a;
                    bestTo = b + 1;
                }
            }
        }
        return bestFrom < 0 || best <= 0 ? null : new Run(bestFrom, bestTo, best, 0);
    }

    /**
     * Whether an English word is written as a name or a number (a digit, or a capital after a first letter in a word
     * with small letters: 384, WinMamba, not FX, which is rendered 外汇), which a translation keeps in Latin letters
     * rather than renders.
     */
    static boolean isLatinName(Word s) {
        String f = s.form();
        boolean lower = false;
        boolean innerCapital = false;
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (Character.isDigit(c)) {
                return true;
            }
            lower |= Character.isLowerCase(c);
            innerCapital |= k > 0 && Character.isUpperCase(c);
        }
        return lower && innerCapital;
    }
}
