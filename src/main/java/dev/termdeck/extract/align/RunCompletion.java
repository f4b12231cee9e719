package dev.termdeck.extract.align;

import java.util.List;

/**
 * Completes the run {@link SpanFinder} found and says how much of the phrase it renders. A word of the phrase whose
 * translation was never learned (a rare word: "tracklet") is rendered by the unclaimed words beside the run on its side
 * (modifiers keep their order in a Chinese compound), a few characters per missing word; and a one-character word at
 * an edge takes the word beside it when they are one word the segmenter split (去/耦 of an unknown word, both one
 * character and the other unclaimed; or 数据/集, written whole elsewhere in the corpus). The coverage is the share of
 * the phrase's content words rendered: a phrase word counts as rendered by a target word of the run only when no other
 * word of the phrase owns that word (a one-character word renders one English word: 病 of 帕金森/病 is "disease", not
 * "Parkinson's", which the rare-word rule then finds in 帕金森), and a name the target writes as it is (WinMamba) is
 * rendered by that copy alone. A rare word written as a name or number (So-384) is kept in Latin letters by a
 * translation, so no words beside the run stand for it. Stateless.
 */
final class RunCompletion {
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

    private RunCompletion() {
    }

    /**
     * The run {@code run} (its target words relative to {@code tFrom}) completed, with its target words from the
     * text's first and the share of the phrase's content words [pFrom, pTo) it renders.
     *
     * @param end the target word the run must end with (relative to {@code tFrom}), or -1
     */
    static SpanFinder.Run complete(List<Word> source, int pFrom, int pTo, List<Word> target, int tFrom, WordWeights w,
            int end, SpanFinder.Run run, SpanFinder.Association assoc) {
        int n = w.n;
        int bestFrom = run.from();
        int bestTo = run.to();
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
                found = (w.weight[j] >= 0 || j > bestFrom && j < bestTo - 1)
                        && (assoc.of(s, t) >= SpanFinder.RENDERS || assoc.rendersWithin(s, t))
                        && (!w.copied[i - pFrom] || assoc.isIdentical(s, t))
                        && (end >= 0 && !assoc.isRare(s) || !ownedByOther(source, pFrom, pTo, s, t, assoc));
            }
            if (found) {
                rendered++;
            } else if (!assoc.isRare(s) || SpanFinder.isLatinName(s)) {
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
            if (t.content() && !t.isLatin() && !w.known[j] && t.form().length() >= 2 && w.weight[j] <= 0) {
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
            int k = extent(target, tFrom, w, from - 1, -1, MODIFIER_CHARS * missingBefore, n);
            if (k < from && enough(target, tFrom + k, tFrom + from, missingBefore)) {
                from = k;
                rendered += missingBefore;
            }
        }
        if (missingAfter > 0 && end < 0) {
            int k = extent(target, tFrom, w, to, 1, CHARS_PER_MISSING_WORD * missingAfter, n);
            if (k >= to && enough(target, tFrom + to, tFrom + k + 1, missingAfter)) {
                to = k + 1;
                rendered += missingAfter;
            }
        }
        if (from > 0 && !w.blocked[from] && (splitCharacter(target.get(tFrom + from), target.get(tFrom + from - 1),
                w.claimed[from - 1], assoc) || wholeWord(target.get(tFrom + from - 1), target.get(tFrom + from), assoc))) {
            from--;
        }
        if (to < n && end < 0 && !w.blocked[to] && (splitCharacter(target.get(tFrom + to - 1), target.get(tFrom + to),
                w.claimed[to], assoc) || wholeWord(target.get(tFrom + to - 1), target.get(tFrom + to), assoc))) {
            to++;
        }
        double coverage = phraseWords == 0 ? 0 : Math.min(1, rendered / (double) phraseWords);
        return new SpanFinder.Run(tFrom + from, tFrom + to, run.score(), coverage);
    }

    /**
     * Whether target word {@code t} renders another word of the phrase clearly better than {@code s}, so that it does
     * not render {@code s} too: a word of one character renders only the phrase word it is most associated with (病 of
     * 帕金森/病 renders "disease", not "Parkinson's"), a longer one that a word renders strongly (at least
     * {@link #OWNS}) no word weakly associated with it (under {@link #WEAK}: 质量 renders "quality", not "assessment";
     * but 决策 renders "decision-making" and 专家级, holding 级, "expert-level"); a rare word, whose weak associations
     * are noise of the learning, is owned already by a word that renders the target at least
     * {@link SpanFinder#CLAIMS} (加速度 is "acceleration", not also "triaxial"). A rare word owns nothing.
     */
    private static boolean ownedByOther(List<Word> source, int pFrom, int pTo, Word s, Word t,
            SpanFinder.Association assoc) {
        double own = assoc.of(s, t);
        boolean oneChar = t.form().length() == 1 && !t.isLatin();
        for (int i = pFrom; i < pTo; i++) {
            Word o = source.get(i);
            if (!o.content() || o.norm().equals(s.norm()) || assoc.isRare(o)) {
                continue;
            }
            double other = assoc.of(o, t);
            if (oneChar ? other >= SpanFinder.CLAIMS && other > own
                    : other >= (assoc.isRare(s) ? SpanFinder.CLAIMS : OWNS) && own < WEAK && own > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code edge} and {@code beside} are two one-character pieces of one word the segmenter split: the edge
     * character is no word on its own (耦 of 去耦), and the one beside it is unclaimed.
     */
    private static boolean splitCharacter(Word edge, Word beside, boolean besideClaimed, SpanFinder.Association assoc) {
        return edge.form().length() == 1 && beside.form().length() == 1 && beside.edge() && !besideClaimed
                && !edge.isLatin() && !beside.isLatin() && !assoc.isWord(edge.form());
    }

    /**
     * Whether two neighbouring words, one of one character, are one word the segmenter split in this sentence but the
     * corpus or the glossary writes whole elsewhere (数据/集 of 数据集, 最优/性 of 最优性).
     */
    private static boolean wholeWord(Word first, Word second, SpanFinder.Association assoc) {
        boolean oneChar = first.form().length() == 1 || second.form().length() == 1;
        return oneChar && first.content() && second.content() && !first.isLatin() && !second.isLatin()
                && assoc.isWord(first.form() + second.form());
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
     * no other word of the sentence renders at all ({@code known}), within {@code budget} characters, ending on a word
     * that may edge a term and is no verb (受到 in 受到特权信息学习, 带有 in 带有真实提示); {@code start - step} when there
     * is none.
     */
    private static int extent(List<Word> target, int tFrom, WordWeights w, int start, int step, int budget, int n) {
        int used = 0;
        int last = start - step;
        for (int k = start; k >= 0 && k < n; k += step) {
            Word t = target.get(tFrom + k);
            boolean crosses = step > 0 ? w.blocked[k] : w.blocked[k + 1];
            if (!t.content() || w.known[k] || crosses || used + chars(t) > budget) {
                break;
            }
            used += chars(t);
            if (t.edge() && !t.verb()) {
                last = k;
            }
        }
        return last;
    }
}
