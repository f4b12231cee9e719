package dev.termdeck.extract.align;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the words of one side of a sentence pair that render a phrase of the other side: the contiguous run of words
 * that the phrase's words explain better than the rest of the sentence does (a phrase-level reading of word
 * alignment: every word inside the run is pulled toward the phrase, every word outside toward the rest). Each target
 * word scores ln((in + ε) / (out + ε)), where {@code in} is its strongest association with a word of the phrase and
 * {@code out} its strongest with another word of the source sentences; the run with the greatest sum, starting and
 * ending on words that may edge a term, is the rendering. A run never crosses punctuation or a function word other
 * than 的 (Chinese) or a preposition inside a name (English: "Learning Under Privileged Information").
 *
 * <p>Then the run is completed: a word of the phrase whose translation was never learned (a rare word: "tracklet")
 * is rendered by the unclaimed words beside the run on its side (modifiers keep their order in a Chinese compound),
 * a few characters per missing word; and a one-character word at an edge takes the word beside it when they are one
 * word the segmenter split (去/耦 of an unknown word, both one character and the other unclaimed; or 数据/集, written
 * whole elsewhere in the corpus). The phrase's coverage (the share of its content
 * words rendered) says how complete the rendering is: a phrase word counts as rendered by a target word of the run
 * only when no other word of the phrase owns that word (a one-character word renders one English word: 病 of 帕金森/病
 * is "disease", not "Parkinson's", which the rare-word rule then finds in 帕金森), and a name the target writes as it
 * is (WinMamba) is rendered by that copy alone. A rare word written as a name or number (So-384) is kept in Latin
 * letters by a translation, so no words beside the run stand for it. A word that may not edge a term does when it and
 * the word beside it are one known word the segmenter split into single characters (后/验 of 后验). Stateless.
 */
final class SpanFinder {
    private static final double EPSILON = 0.01;
    private static final double MAX_WEIGHT = 3;
    /** What a content word the phrase does not render costs inside a run. */
    private static final double UNRENDERED = 0.1;
    /** What a function word inside a run costs. */
    private static final double FUNCTION_WORD = -0.3;
    /** An association at least this strong counts as a word rendering another. */
    static final double RENDERS = 0.05;
    /**
     * A word another word of the sentence renders at least this strongly is that word's, and no run is extended over
     * it (weaker associations of rare words are often noise of the learning).
     */
    static final double CLAIMS = 0.25;
    /**
     * How many characters may render one word of the phrase whose translation was not learned: before the run, a
     * modifier (帕金森 for "Parkinson's", not 检测轨道 for "rail"), after it a head, often two words (测试平台 for
     * "testbed").
     */
    private static final int MODIFIER_CHARS = 3;
    private static final int CHARS_PER_MISSING_WORD = 4;
    /** How strongly another word of the phrase must render a word of two or more characters to own it. */
    private static final double OWNS = 0.5;
    /** An association this weak with a word another word of the phrase owns is no rendering (see ownedByOther). */
    private static final double WEAK = 0.15;
    /** The longest rendering, in words. */
    private static final int MAX_RUN = 14;
    /** Function words a Chinese term may hold (语境中的单词). */
    private static final Set<String> JOINERS = Set.of("的", "之");

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
        int n = tTo - tFrom;
        double[] weight = new double[n];
        boolean[] claimed = new boolean[n];
        boolean[] known = new boolean[n];
        boolean[] blocked = new boolean[n];
        Set<String> phrase = new HashSet<>();
        for (int i = pFrom; i < pTo; i++) {
            phrase.add(source.get(i).norm());
        }
        // A name of the phrase that the target sentence writes as it is (WinMamba) is rendered by that copy; what else
        // it is associated with is noise of the learning (组成 of WinMamba块组成, "consists of").
        boolean[] copied = new boolean[pTo - pFrom];
        for (int i = pFrom; i < pTo; i++) {
            for (int j = tFrom; j < tTo && !copied[i - pFrom] && isLatinName(source.get(i)); j++) {
                copied[i - pFrom] = source.get(i).content() && assoc.isIdentical(source.get(i), target.get(j));
            }
        }
        boolean any = false;
        for (int j = 0; j < n; j++) {
            Word t = target.get(tFrom + j);
            blocked[j] = !t.joined() || !t.content() && !isJoiner(t);
            if (!t.content()) {
                weight[j] = FUNCTION_WORD;
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
            if (rareIn > in && out < RENDERS) {
                in = rareIn;
            }
            claimed[j] = out >= CLAIMS && out > in;
            known[j] = out >= CLAIMS;
            double w = Math.log((in + EPSILON) / (out + EPSILON));
            if (in < RENDERS) {
                // A word the phrase does not render counts against a run even when nothing else renders it either.
                w = Math.min(w, 0) - UNRENDERED;
            }
            weight[j] = Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, w));
            any |= w > 0 && in >= RENDERS;
        }
        // A word that may not edge a term still starts (ends) one when it and the next (previous) word are one word of
        // one character each that the segmenter split (后/验 of 后验, "posterior": 后 alone is a locative).
        boolean[] starts = new boolean[n];
        boolean[] ends = new boolean[n];
        for (int j = 0; j < n; j++) {
            starts[j] = target.get(tFrom + j).edge() || j + 1 < n && !blocked[j + 1]
                    && splitWord(target.get(tFrom + j), target.get(tFrom + j + 1), assoc);
            ends[j] = target.get(tFrom + j).edge() || j > 0 && !blocked[j]
                    && splitWord(target.get(tFrom + j - 1), target.get(tFrom + j), assoc);
        }
        int end = mustEnd < 0 ? -1 : mustEnd - tFrom;
        if (!any || end >= n || end >= 0 && !target.get(tFrom + end).edge()) {
            return null;
        }
        int bestFrom = -1;
        int bestTo = -1;
        double best = end >= 0 ? Double.NEGATIVE_INFINITY : 0;
        for (int a = end >= 0 ? end : n - 1; a >= 0; a--) {
            if (end >= 0 && a < end && blocked[a + 1]) {
                break;
            }
            if (!starts[a] || weight[a] <= 0) {
                continue;
            }
            double sum = 0;
            for (int b = a; b < Math.min(n, a + MAX_RUN); b++) {
                if (b > a && blocked[b]) {
                    break;
                }
                sum += weight[b];
                boolean closes = end >= 0 ? b == end : ends[b] && weight[b] > 0;
                if (closes && sum > best) {
                    best = sum;
                    bestFrom = a;
                    bestTo = b + 1;
                }
            }
        }
        if (bestFrom < 0 || best <= 0) {
            return null;
        }
        // Words of the phrase no word of the run renders, before and after the first one that is rendered.
        int phraseWords = 0;
        int rendered = 0;
        int missingBefore = 0;
        int missingAfter = 0;
        int missingKnown = 0;
        for (int i = pFrom; i < pTo; i++) {
            Word s = source.get(i);
            if (!s.content()) {
                continue;
            }
            phraseWords++;
            boolean found = false;
            for (int j = bestFrom; j < bestTo && !found; j++) {
                Word t = target.get(tFrom + j);
                // A word inside the run counts even when the sentence pulls it elsewhere (模 and 态 of 跨/模/态, read
                // apart by the segmenter); at the run's edges only a word the phrase pulls toward it.
                found = (weight[j] >= 0 || j > bestFrom && j < bestTo - 1)
                        && (assoc.of(s, t) >= RENDERS || assoc.rendersWithin(s, t))
                        && (!copied[i - pFrom] || assoc.isIdentical(s, t))
                        && (end >= 0 && !assoc.isRare(s) || !ownedByOther(source, pFrom, pTo, s, t, assoc));
            }
            if (found) {
                rendered++;
            } else if (!assoc.isRare(s) || isLatinName(s)) {
                // A word whose translation is known but not here is missing from the rendering; so is a rare word a
                // translation would write in Latin letters (So-384 of "SigLIP So-384"), not render by words beside.
                missingKnown++;
            } else if (rendered == 0) {
                missingBefore++;
            } else {
                missingAfter++;
            }
        }
        // A content word of two or more characters inside the run that neither the phrase nor the sentence pulls
        // toward it (its weight is not positive) is what renders a rare word of the phrase (配送 of 自主配送机器人 for
        // "delivery"): that word is not looked for beside the run, where the next word belongs to the rest of the
        // sentence (商业 of 商业部署, "commercial deployment").
        int unexplained = 0;
        for (int j = bestFrom; j < bestTo; j++) {
            Word t = target.get(tFrom + j);
            if (t.content() && !t.isLatin() && !known[j] && t.form().length() >= 2 && weight[j] <= 0) {
                unexplained++;
            }
        }
        int inside = Math.min(unexplained, missingAfter);
        missingAfter -= inside;
        int insideBefore = Math.min(unexplained - inside, missingBefore);
        missingBefore -= insideBefore;
        rendered += inside + insideBefore;
        int from = bestFrom;
        int to = bestTo;
        if (missingBefore > 0) {
            int k = extent(target, tFrom, known, blocked, from - 1, -1, MODIFIER_CHARS * missingBefore, n);
            if (k < from && enough(target, tFrom + k, tFrom + from, missingBefore)) {
                from = k;
                rendered += missingBefore;
            }
        }
        if (missingAfter > 0 && end < 0) {
            int k = extent(target, tFrom, known, blocked, to, 1, CHARS_PER_MISSING_WORD * missingAfter, n);
            if (k >= to && enough(target, tFrom + to, tFrom + k + 1, missingAfter)) {
                to = k + 1;
                rendered += missingAfter;
            }
        }
        if (from > 0 && !blocked[from] && (splitCharacter(target.get(tFrom + from), target.get(tFrom + from - 1),
                claimed[from - 1], assoc) || wholeWord(target.get(tFrom + from - 1), target.get(tFrom + from), assoc))) {
            from--;
        }
        if (to < n && end < 0 && !blocked[to] && (splitCharacter(target.get(tFrom + to - 1), target.get(tFrom + to),
                claimed[to], assoc) || wholeWord(target.get(tFrom + to - 1), target.get(tFrom + to), assoc))) {
            to++;
        }
        double coverage = phraseWords == 0 ? 0 : Math.min(1, rendered / (double) phraseWords);
        return new Run(tFrom + from, tFrom + to, best, coverage);
    }

    /**
     * Whether target word {@code t} renders another word of the phrase clearly better than {@code s}, so that it does
     * not render {@code s} too: a word of one character renders only the phrase word it is most associated with (病 of
     * 帕金森/病 renders "disease", not "Parkinson's"), a longer one that a word renders strongly (at least
     * {@link #OWNS}) no word weakly associated with it (under {@link #WEAK}: 质量 renders "quality", not "assessment";
     * but 决策 renders "decision-making" and 专家级, holding 级, "expert-level"); a rare word, whose weak associations
     * are noise of the learning, is owned already by a word that renders the target at least {@link #CLAIMS} (加速度 is
     * "acceleration", not also "triaxial"). A rare word owns nothing.
     */
    private static boolean ownedByOther(List<Word> source, int pFrom, int pTo, Word s, Word t, Association assoc) {
        double own = assoc.of(s, t);
        boolean oneChar = t.form().length() == 1 && !t.isLatin();
        for (int i = pFrom; i < pTo; i++) {
            Word o = source.get(i);
            if (!o.content() || o.norm().equals(s.norm()) || assoc.isRare(o)) {
                continue;
            }
            double other = assoc.of(o, t);
            if (oneChar ? other >= CLAIMS && other > own
                    : other >= (assoc.isRare(s) ? CLAIMS : OWNS) && own < WEAK && own > 0) {
                return true;
            }
        }
        return false;
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

    /** Whether two one-character content words are one word the dictionaries or the corpus know (后验). */
    private static boolean splitWord(Word first, Word second, Association assoc) {
        return first.form().length() == 1 && second.form().length() == 1 && first.content() && second.content()
                && !first.isLatin() && !second.isLatin() && assoc.isWord(first.form() + second.form());
    }

    /**
     * Whether {@code edge} and {@code beside} are two one-character pieces of one word the segmenter split: the edge
     * character is no word on its own (耦 of 去耦), and the one beside it is unclaimed.
     */
    private static boolean splitCharacter(Word edge, Word beside, boolean besideClaimed, Association assoc) {
        return edge.form().length() == 1 && beside.form().length() == 1 && beside.edge() && !besideClaimed
                && !edge.isLatin() && !beside.isLatin() && !assoc.isWord(edge.form());
    }

    /**
     * Whether two neighbouring words, one of one character, are one word the segmenter split in this sentence but the
     * corpus or the glossary writes whole elsewhere (数据/集 of 数据集, 最优/性 of 最优性).
     */
    private static boolean wholeWord(Word first, Word second, Association assoc) {
        boolean oneChar = first.form().length() == 1 || second.form().length() == 1;
        return oneChar && first.content() && second.content() && !first.isLatin() && !second.isLatin()
                && assoc.isWord(first.form() + second.form());
    }

    private static boolean isJoiner(Word w) {
        return JOINERS.contains(w.form()) || w.isLatin() && !w.content();
    }

    /**
     * Whether target words [from, to) are enough to render {@code missing} words of the phrase: at least two characters
     * a word but one (性 after 渐进 is no rendering of "neurodegenerative disorder", which the translation writes
     * 神经退行性疾病 after a 的 the run does not cross).
     */
    private static boolean enough(List<Word> target, int from, int to, int missing) {
        int used = 0;
        for (int k = from; k < to; k++) {
            used += chars(target.get(k));
        }
        return used >= 2 * missing - 1;
    }

    /** Characters of a word, counting a Latin word as one. */
    private static int chars(Word w) {
        return w.isLatin() ? 1 : w.form().length();
    }

    /**
     * The farthest word from {@code start} (going by {@code step}) that a run may be extended to: over content words
     * no other word of the sentence renders at all ({@code known}), within {@code budget} characters, ending on a word that may edge a term and is no verb (受到 in
     * 受到特权信息学习, 带有 in 带有真实提示); {@code start - step} when there is none.
     */
    private static int extent(List<Word> target, int tFrom, boolean[] known, boolean[] blocked, int start, int step,
            int budget, int n) {
        int used = 0;
        int last = start - step;
        for (int k = start; k >= 0 && k < n; k += step) {
            Word w = target.get(tFrom + k);
            boolean crosses = step > 0 ? blocked[k] : blocked[k + 1];
            if (!w.content() || known[k] || crosses || used + chars(w) > budget) {
                break;
            }
            used += chars(w);
            if (w.edge() && !w.verb()) {
                last = k;
            }
        }
        return last;
    }
}
