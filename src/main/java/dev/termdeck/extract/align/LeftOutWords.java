package dev.termdeck.extract.align;

import static dev.termdeck.extract.align.TermOccurrences.bracketEnds;

import java.util.List;

/**
 * Words of a long form the English extractor left out of a term: it may take "Reinforcement Learning (RL)" out of
 * "Residual Reinforcement Learning (RL)" (arXiv 2506.17564), and the Chinese the translation writes before the same
 * short form in brackets then renders the whole long form (残差强化学习（RL）), no rendering of the shorter term. For
 * {@link TermMatcher}: such a rendering holds a Chinese word that an English word written against an occurrence of the
 * term (just before it, joined to it by a space or a hyphen) renders better than any word of the term does. Not
 * thread-safe (the paper's associations).
 */
final class LeftOutWords {
    /** The most English words before an occurrence read as left out of the term. */
    private static final int MOST = 3;

    private final PaperAssociations assoc;

    LeftOutWords(PaperAssociations assoc) {
        this.assoc = assoc;
    }

    /**
     * Whether {@code rendering}, written before the short form {@code abbr} in brackets, holds a word of the English
     * written just before one of the term's {@code occurrences} (word ranges of the English text).
     */
    boolean holds(PaperAligner.Bitext b, List<int[]> occurrences, String abbr, String rendering) {
        for (int w : bracketEnds(b.zh, abbr)) {
            int end = b.zh.words.get(w).end();
            int from = end - rendering.length();
            if (from < 0 || !b.zh.text.startsWith(rendering, from)) {
                continue;
            }
            for (int[] o : occurrences) {
                int k = o[0];
                while (k > 0 && o[0] - k < MOST && b.en.words.get(k).joined() && b.en.words.get(k - 1).content()) {
                    k--;
                }
                int first = o[0];
                if (k < first && assoc.outweighed(b, from, end, k, o[1], i -> i >= first)) {
                    return true;
                }
            }
        }
        return false;
    }
}
