package dev.termdeck.extract.zh;

/**
 * The way back from a bracketed gloss to where the Chinese term before it starts ({@link GlossFinder}): back to
 * punctuation or a function word, across {@code 的} only while too few hanzi were taken, keeping the pieces the
 * segmenter split off inside a term (多/点/触摸, 前/馈, 视觉-语言, 跨模态Transformer块) and, while the short form has more
 * capitals than the term has words, a time word or adverb inside a name (近似/最近/邻搜索). Stateless; thread-safe.
 */
final class WayBack {
    private static final int MAX_HANZI = 14;

    private WayBack() {
    }

    static int words(ZhText t, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (GlossFinder.hasHan(t.token(k).word()) || Character.isLetterOrDigit(t.token(k).word().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A word of Latin letters and digits written without spaces between a hanzi word before it and one after it
     * ({@code 跨模态Transformer块}): part of the term around it, not the end of the way back. Not a Latin word at the
     * end, right before the bracket ({@code 大型语言模型LLM（...）}), nor a citation's or a name's middle dot.
     */
    private static boolean latinInside(ZhText t, int k) {
        if (k <= 0 || k + 1 >= t.size()) {
            return false;
        }
        ZhToken p = t.token(k);
        ZhToken before = t.token(k - 1);
        ZhToken after = t.token(k + 1);
        return p.word().matches("[A-Za-z][A-Za-z0-9]*") && before.end() == p.start() && after.start() == p.end()
                && GlossFinder.hasHan(before.word()) && GlossFinder.hasHan(after.word()) && !WordClass.isPunctuation(after)
                && !WordClass.isPunctuation(before) && !isLinker(after);
    }

    /** A hyphen written between two hanzi without spaces (视觉-语言, 理解-生成). */
    private static boolean joinsHanzi(ZhText t, ZhToken p) {
        String w = p.word();
        String text = t.text();
        return (w.equals("-") || w.equals("－") || w.equals("‐") || w.equals("–")) && p.start() > 0
                && p.end() < text.length() && HanLpChinese.isHan(text.charAt(p.start() - 1))
                && HanLpChinese.isHan(text.charAt(p.end()));
    }

    /**
     * Where the Chinese term before the parenthesis at {@code open} starts: back to punctuation or a function word,
     * across {@code 的} only while fewer than {@code minHanzi} hanzi were taken, and across a word inside a name
     * ({@link #insideName}) while fewer than {@code minWords} words (the short form's capitals) were taken.
     */
    static int walkBack(ZhText t, int open, int minHanzi, int minWords) {
        int from = open;
        int hanzi = 0;
        int sentenceStart = t.sentenceOf(open)[0];
        while (from > sentenceStart) {
            ZhToken p = t.token(from - 1);
            if (joinsHanzi(t, p)) {
                // 理解-生成一致性（GIR-Bench-UGC）: a hyphen between hanzi joins the parts of one term.
                from--;
                continue;
            }
            if (latinInside(t, from - 1)) {
                // 跨模态Transformer块(CMTB): a Latin word written between hanzi is a word of the term.
                from--;
                continue;
            }
            if (WordClass.isPunctuation(p) || !GlossFinder.hasHan(p.word()) || p.word().contains("·")) {
                break;
            }
            boolean linker = isLinker(p);
            if (linker && hanzi >= minHanzi
                    || !linker && t.wordClass(from - 1) == WordClass.BREAK && !loose(t, from - 1)
                    && !(from == open && head(t, from - 1))
                    && !(words(t, from, open) < minWords && insideName(t, from - 1))
                    || hanzi + GlossFinder.hanCount(p.word()) > MAX_HANZI) {
                break;
            }
            hanzi += GlossFinder.hanCount(p.word());
            from--;
        }
        while (from < open && isLinker(t.token(from))) {
            from++;
        }
        return from;
    }

    /**
     * Whether a word that ends a term elsewhere is a word of the name before the bracket, which the way back may cross
     * while the short form has more capitals than the name has words so far (each capital a word of the long form):
     * a time word, adverb, locative, place or status word, or a piece HanLP could not tag, written without spaces
     * before the next word, that is no function word or general verb ({@link WordClass}) and no one-character adverb
     * (则, 均). HanLP cuts names at them: 近似/最近/邻/搜索（ANNS）, "approximate nearest neighbour search", gave 邻搜索;
     * 部分/可/观测/马/尔/可夫/决策/过程（POMDP） gave 可夫决策过程; 群体/相对/策略/优化（GRPO） gave 策略优化.
     */
    private static boolean insideName(ZhText t, int k) {
        if (k + 1 >= t.size()) {
            return false;
        }
        ZhToken p = t.token(k);
        String w = p.word();
        String tag = p.tag();
        if (!GlossFinder.hasHan(w) || GlossFinder.hanCount(w) != w.length() || p.end() != t.token(k + 1).start()
                || WordClass.isListedBreak(w) || tag.isEmpty()) {
            return false;
        }
        char c = tag.charAt(0);
        boolean kind = c == 't' || c == 'f' || c == 's' || c == 'z' || c == 'R' || tag.equals("ad")
                || c == 'd' && w.length() > 1;
        return kind;
    }

    /**
     * Whether a general verb that ends a term elsewhere is the head of the term it stands in right before the
     * parenthesis: a verb of two characters (not one written with its preposition) after a word that can stand in a
     * term (多/点/接近（MPP）, "MultiPoint Proximity", where 接近 is "proximity").
     */
    private static boolean head(ZhText t, int k) {
        ZhToken p = t.token(k);
        if (k == 0 || !WordClass.isVerb(p) || GlossFinder.hanCount(p.word()) != 2 || WordClass.isPreposition(p.word().charAt(1))) {
            return false;
        }
        ZhToken before = t.token(k - 1);
        return before.end() == p.start() && GlossFinder.hasHan(before.word()) && !isLinker(before)
                && (t.wordClass(k - 1) != WordClass.BREAK || loose(t, k - 1));
    }

    /**
     * Measure words and single characters the segmenter splits off inside compounds (多/点/触摸/归/因), and a locative
     * before 的 (语境中的单词); not a locative that ends a phrase of place before a verb (人类动作中/预测/自我中心视频, "predict
     * egocentric video from human actions": the term is after it).
     */
    private static boolean loose(ZhText t, int k) {
        ZhToken p = t.token(k);
        String tag = p.tag();
        if (boundPrefix(t, k)) {
            return true;
        }
        if (tag.equals("f") && k + 1 < t.size() && !isLinker(t.token(k + 1))) {
            return false;
        }
        return p.word().length() == 1 && (tag.startsWith("q") || tag.equals("p") || tag.equals("f"))
                && !p.word().equals("的") && !p.word().equals("在") && !p.word().equals("对")
                && !p.word().equals("从") && !p.word().equals("与") && !p.word().equals("和")
                && !p.word().equals("为") && !p.word().equals("以") && !p.word().equals("被")
                && !p.word().equals("将") && !p.word().equals("把") && !p.word().equals("由");
    }

    /**
     * A numeral or a locative of one character that the segmenter split off the one-character word after it, which
     * it makes a word with: 零/阶 of 零阶自适应动量方法 ("zeroth-order"), 二/次/幂 ("power of two"), 前/馈 of 前馈网络
     * ("feed-forward"). Not before a measure word that starts a word of its own (两/种/方法).
     */
    private static boolean boundPrefix(ZhText t, int k) {
        ZhToken p = t.token(k);
        if (p.word().length() != 1 || !(p.tag().equals("m") || p.tag().equals("f")) || k + 1 >= t.size()) {
            return false;
        }
        ZhToken next = t.token(k + 1);
        if (next.word().length() != 1 || next.start() != p.end() || !HanLpChinese.isHan(next.word().charAt(0))
                || WordClass.isPunctuation(next)) {
            return false;
        }
        if (next.tag().startsWith("q")) {
            // 二/次/幂: a measure word glued to a one-character word after it; not 两/种/方法.
            return p.tag().equals("m") && k + 2 < t.size() && t.token(k + 2).word().length() == 1
                    && HanLpChinese.isHan(t.token(k + 2).word().charAt(0));
        }
        char c = next.tag().isEmpty() ? 'x' : next.tag().charAt(0);
        return c == 'n' || c == 'g' || c == 'v' || c == 'a';
    }

    /**
     * The start of the term with the modifier of two characters written right before it, when the short form has
     * more capitals than the term has words (each capital a word of the long form): HanLP tags 反向 ("backwards") a
     * locative and 首次 ("first") a numeral with its measure word, and the way back stops at both, so
     * {@code 反向聚合（BAgger）} gave 聚合 ("aggregation") and {@code 首次令牌时间（TTFT）} gave 令牌时间. A locative of
     * place or time after its noun (之间, 以来: written with 之 or 以) is no modifier.
     */
    static int withModifier(ZhText t, int from, int open, String latin) {
        if (from <= 0 || from >= open || t.token(from - 1).end() != t.token(from).start()) {
            return from;
        }
        ZhToken p = t.token(from - 1);
        String w = p.word();
        boolean modifier = (p.tag().equals("f") || p.tag().equals("mq")) && w.length() == 2
                && GlossFinder.hanCount(w) == 2 && w.charAt(0) != '之' && w.charAt(0) != '以';
        if (!modifier || words(t, from, open) >= GlossFinder.capitals(latin)) {
            return from;
        }
        return from - 1;
    }

    /**
     * The start of the term past a measure word the way back took after a numeral that ended it: 一/种 of
     * {@code 引入了一种混合精度量化策略（OPQ）} ("a kind of") is no part of 混合精度量化策略.
     */
    static int pastMeasureWord(ZhText t, int from, int open) {
        if (from > 0 && from + 1 < open && t.token(from).word().length() == 1 && t.token(from).tag().startsWith("q")
                && t.token(from - 1).tag().equals("m")) {
            return from + 1;
        }
        return from;
    }

    static boolean isLinker(ZhToken p) {
        return p.word().equals("的") || p.word().equals("中的");
    }
}
