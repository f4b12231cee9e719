package dev.termdeck.extract.align;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Repairs the edges of a Chinese term found by alignment where the segmenter cut a word the term needs (Chinese word
 * formation, not a list of terms):
 * <ul>
 *   <li>a character before the term that makes a word with its first character or first word is part of it
 *       (解 of 解耦 when the segmenter read 和解/耦; 自 of 自回归), and so is a numeral before a first word of one
 *       character (零 of 零阶), and the word before a first word of one character when they make a word (关键 of
 *       关键点) or that first word is a noun suffix, which never starts a word (对抗 of 对抗者);</li>
 *   <li>so is a character after the term that makes a word with its last character or word (因 of 归因, 云 of 点云),
 *       and a one-character noun suffix after it (性 of 最优性, 器 of 标记器, 化 of 离散化);</li>
 *   <li>a term takes no character of a two-character function word before it and does not start on its second
 *       character (过 of 通过: 通过/多/层图卷积 gives 多层图卷积, not 过多层图卷积);</li>
 *   <li>a term may not end in a bound prefix (重 of 重计算, 自, 非, 多): such a term is cut and is rejected.</li>
 * </ul>
 * Stateless.
 */
final class ChineseEdges {
    /** One-character suffixes that make nouns of the word before them. */
    private static final Set<Character> SUFFIXES = Set.of('性', '化', '器', '率', '度', '量', '法', '型', '式', '体',
            '集', '图', '层', '者', '机', '论', '值', '项', '网', '库', '组', '符', '头', '点', '面', '域', '元');
    /**
     * Noun suffixes that never start a word: a term that starts with one lost the word it makes a noun of (者 of
     * 对抗者, "adversary", read as 对抗/者).
     */
    private static final Set<Character> BOUND_SUFFIXES = Set.of('者', '性', '化', '器');
    /**
     * Numerals that make one word with the one-character word after them (零阶 "zeroth-order", 二维, 一元), which the
     * segmenter reads apart (零/阶).
     */
    private static final String NUMERALS = "零一二三四五六七八九十";
    /** Locatives and aspect characters that end a phrase of place or time, never a word (模型中, 训练后, 看来). */
    private static final Set<Character> LOCATIVES = Set.of('中', '上', '下', '内', '外', '间', '时', '后', '前', '里',
            '来', '去', '过', '着', '了', '的', '等', '们');
    /** One-character prefixes that never end a word. */
    private static final Set<Character> PREFIXES = Set.of('重', '自', '非', '多', '超', '反', '跨', '无', '可', '半',
            '预', '再', '子', '双', '单', '伪', '逆', '去', '准', '亚', '类', '被', '共', '互');
    /** Characters that stand between words and are never part of one at a term's edge. */
    private static final Set<Character> BETWEEN = Set.of('的', '了', '和', '与', '及', '或', '在', '对', '将', '把',
            '被', '从', '由', '以', '为', '于', '是', '并', '等', '其', '该', '这', '中', '上', '下', '如', '即');

    /**
     * Two-character function words (通过, 进行) whose second character the segmenter may read as the first of the term
     * (通/过多/层 of 通过多层图卷积): a term that starts with that character, the first one before it, lost it to them;
     * and no character of them is taken back when the segmenter read them whole (过 of 通过/多/层 makes 过多 with 多).
     */
    private static final Set<String> FUNCTION_PAIRS = Set.of("通过", "经过", "对于", "关于", "由于", "用于", "在于",
            "进行", "以及", "或者", "并且", "为了", "除了", "根据", "随着", "作为", "利用", "采用", "使用");

    private ChineseEdges() {
    }

    /**
     * The term [start, end) of {@code text} with its edges repaired, as {start, end}, or {@code null} when it ends in
     * a prefix it cannot be given the rest of.
     *
     * @param previousWordStart where the word before the term starts ({@code start} when there is none)
     * @param firstWordEnd where the term's first word ends
     * @param lastWordStart where the term's last word starts
     * @param nextWordEnd  where the word after the term ends ({@code end} when there is none)
     * @param isWord       whether a string is a word the dictionaries or the corpus know
     */
    static int[] repair(String text, int start, int end, int previousWordStart, int firstWordEnd, int lastWordStart,
            int nextWordEnd, Predicate<String> isWord) {
        if (start > 0 && FUNCTION_PAIRS.contains(text.substring(previousWordStart, start))) {
            // The word before is a function word the segmenter read whole (通过/多层): nothing of it is the term's.
            previousWordStart = start;
        } else if (start > 0 && end - start > 2 && FUNCTION_PAIRS.contains(text.substring(start - 1, start + 1))) {
            start++;
        } else if (start > 0 && isHan(text.charAt(start - 1)) && !BETWEEN.contains(text.charAt(start - 1))) {
            String prev = text.substring(start - 1, start);
            String previousWord = text.substring(previousWordStart, start);
            boolean oneCharFirst = firstWordEnd - start == 1;
            if (isWord.test(prev + text.charAt(start)) && oneCharFirst
                    || isWord.test(prev + text.substring(start, firstWordEnd))
                    || oneCharFirst && NUMERALS.indexOf(prev.charAt(0)) >= 0) {
                start--;
            } else if (oneCharFirst && previousWord.length() > 1 && previousWord.chars().allMatch(ChineseEdges::isHan)
                    && (isWord.test(previousWord + text.charAt(start))
                    || BOUND_SUFFIXES.contains(text.charAt(start)))) {
                start = previousWordStart;
            }
        }
        if (end < text.length() && isHan(text.charAt(end)) && !BETWEEN.contains(text.charAt(end))) {
            char next = text.charAt(end);
            boolean oneCharNext = nextWordEnd - end == 1;
            if (oneCharNext && SUFFIXES.contains(next)
                    || isWord.test(text.charAt(end - 1) + String.valueOf(next)) && end - lastWordStart == 1
                    || oneCharNext && isWord.test(text.substring(lastWordStart, end) + next)
                    || oneCharNext && end - lastWordStart == 1 && endsClause(text, end + 1)
                    && !LOCATIVES.contains(next)) {
                end++;
            }
        }
        if (end - start > 1 && PREFIXES.contains(text.charAt(end - 1)) && end - lastWordStart == 1) {
            return null;
        }
        return new int[] {start, end};
    }

    /**
     * Whether the clause ends at {@code at}: punctuation or the end of the text. A term's last character and one more
     * before it, each read alone, are one word the segmenter did not know (锚/定 of Gram锚定, "Gram anchoring").
     */
    private static boolean endsClause(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at)) && !Character.isWhitespace(text.charAt(at));
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
