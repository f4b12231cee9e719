package dev.termdeck.extract.align;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How each target word of a sentence pair leans toward a phrase of the source side, for {@link SpanFinder}: its
 * weight ln((in + ε) / (out + ε)), where {@code in} is its strongest association with a word of the phrase and
 * {@code out} its strongest with another word of the source sentences; whether another word of the sentence claims
 * it or renders it at all; whether a run may not cross into it; and whether it may start or end a run. Indexes are
 * relative to the first target word of the sentence. Built once per call, then only read.
 */
final class WordWeights {
    private static final double EPSILON = 0.01;
    private static final double MAX_WEIGHT = 3;
    /** What a content word the phrase does not render costs inside a run. */
    private static final double UNRENDERED = 0.1;
    /** What a function word inside a run costs. */
    private static final double FUNCTION_WORD = -0.3;
    /** Function words a Chinese term may hold (语境中的单词). */
    private static final Set<String> JOINERS = Set.of("的", "之");

    /** How many target words, from the sentence's first. */
    final int n;
    final double[] weight;
    /** Another word of the sentence renders the word at least {@link SpanFinder#CLAIMS} and better than the phrase. */
    final boolean[] claimed;
    /** Another word of the sentence renders the word at least {@link SpanFinder#CLAIMS}. */
    final boolean[] known;
    /**
     * No run crosses into the word from the one before (punctuation, a function word other than 的, a numeral with a
     * measure word).
     */
    final boolean[] blocked;
    final boolean[] starts;
    final boolean[] ends;
    /** By phrase word: a name of the phrase the target sentence writes as it is (WinMamba). */
    final boolean[] copied;
    /** Whether some target word leans toward the phrase and renders one of its words (set by {@link #of}). */
    private boolean any;

    private WordWeights(int n, int phraseLength) {
        this.n = n;
        this.weight = new double[n];
        this.claimed = new boolean[n];
        this.known = new boolean[n];
        this.blocked = new boolean[n];
        this.starts = new boolean[n];
        this.ends = new boolean[n];
        this.copied = new boolean[phraseLength];
    }

    /** The weights of target words [tFrom, tTo) for source words [pFrom, pTo) of the source sentences [sFrom, sTo). */
    static WordWeights of(List<Word> source, int sFrom, int sTo, int pFrom, int pTo, List<Word> target, int tFrom,
            int tTo, SpanFinder.Association assoc) {
        WordWeights w = new WordWeights(tTo - tFrom, pTo - pFrom);
        int n = w.n;
        Set<String> phrase = new HashSet<>();
        for (int i = pFrom; i < pTo; i++) {
            phrase.add(source.get(i).norm());
        }
        // A name of the phrase that the target sentence writes as it is (WinMamba) is rendered by that copy; what else
        // it is associated with is noise of the learning (组成 of WinMamba块组成, "consists of").
        boolean[] copied = w.copied;
        for (int i = pFrom; i < pTo; i++) {
            for (int j = tFrom; j < tTo && !copied[i - pFrom] && SpanFinder.isLatinName(source.get(i)); j++) {
                copied[i - pFrom] = source.get(i).content() && assoc.isIdentical(source.get(i), target.get(j));
            }
        }
        for (int j = 0; j < n; j++) {
            Word t = target.get(tFrom + j);
            // A numeral with a measure word counts what follows and is no part of a term (一个, ChineseWords.isCount).
            w.blocked[j] = !t.joined() || !t.content() && !isJoiner(t) || ChineseWords.isCount(target, tFrom + j);
            if (!t.content()) {
                w.weight[j] = FUNCTION_WORD;
                continue;
            }
            double in = 0;
            double out = 0;
            double rareIn = 0;
            for (int i = sFrom; i < sTo; i++) {
                Word s = source.get(i);
                if (!s.content()) {
                    continue;
                }
                double a = assoc.of(s, t);
                if (i >= pFrom && i < pTo) {
                    if (copied[i - pFrom] && !assoc.isIdentical(s, t)) {
                        continue;
                    }
                    if (assoc.isRare(s) && !assoc.isIdentical(s, t)) {
                        rareIn = Math.max(rareIn, a);
                    } else {
                        in = Math.max(in, a);
                    }
                } else if (!phrase.contains(s.norm())) {
                    // The same word elsewhere in the sentence does not compete with the phrase for its rendering.
                    out = Math.max(out, a);
                }
            }
            // What a rare word of the phrase is associated with is often noise of the learning: it counts only where
            // no other word of the sentence explains the target word at all.
            if (rareIn > in && out < SpanFinder.RENDERS) {
                in = rareIn;
            }
            w.claimed[j] = out >= SpanFinder.CLAIMS && out > in;
            w.known[j] = out >= SpanFinder.CLAIMS;
            double lean = Math.log((in + EPSILON) / (out + EPSILON));
            if (in < SpanFinder.RENDERS) {
                // A word the phrase does not render counts against a run even when nothing else renders it either.
                lean = Math.min(lean, 0) - UNRENDERED;
            }
            w.weight[j] = Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, lean));
            w.any |= lean > 0 && in >= SpanFinder.RENDERS;
        }
        // A word that may not edge a term still starts (ends) one when it and the next (previous) word are one word of
        // one character each that the segmenter split (后/验 of 后验, "posterior": 后 alone is a locative).
        for (int j = 0; j < n; j++) {
            w.starts[j] = target.get(tFrom + j).edge() || j + 1 < n && !w.blocked[j + 1]
                    && splitWord(target.get(tFrom + j), target.get(tFrom + j + 1), assoc);
            w.ends[j] = target.get(tFrom + j).edge() || j > 0 && !w.blocked[j]
                    && splitWord(target.get(tFrom + j - 1), target.get(tFrom + j), assoc);
        }
        return w;
    }

    /** Whether some target word leans toward the phrase and renders one of its words. */
    boolean any() {
        return any;
    }

    /** Whether two one-character content words are one word the dictionaries or the corpus know (后验). */
    private static boolean splitWord(Word first, Word second, SpanFinder.Association assoc) {
        return first.form().length() == 1 && second.form().length() == 1 && first.content() && second.content()
                && !first.isLatin() && !second.isLatin() && assoc.isWord(first.form() + second.form());
    }

    private static boolean isJoiner(Word w) {
        return JOINERS.contains(w.form()) || w.isLatin() && !w.content();
    }
}
