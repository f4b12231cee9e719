package dev.termdeck.extract.zh;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a Chinese term found by alignment cuts a longer word of the dictionary, and how to make it whole, from the
 * dictionary's Chinese renderings rather than the segmenter (which reads 多/模/态 and 自/底/向上 as pieces):
 * <ul>
 *   <li>an edge cuts a word when the two characters either side of it stand next to each other inside a dictionary
 *       term (多模 of 多模态, 底向 of 自底向上, 均方 of 均方误差);</li>
 *   <li>it is made whole by taking back one or two characters (no punctuation, no particle or preposition between
 *       words) when the characters taken back and the term's first (or last) two make the start (or end) of a
 *       dictionary term: 多 for 模态理解模型 (多模态…), 自底 for 向上策略优化 (自底向上…), 非 for 配对 (非配对…).</li>
 * </ul>
 * An edge the dictionary does not show as cut, or cannot complete, stays as it is. Used on the terms alignment finds
 * in a translation. Immutable and thread-safe.
 */
public final class WordPieces {
    /** How many characters an edge may take back. */
    private static final int MAX_TAKEN = 2;
    /** How long the starts and ends of dictionary terms compared are. */
    private static final int MAX_PIECE = MAX_TAKEN + 2;
    /** Characters that stand between words and are never taken back into a term. */
    private static final Set<Character> BETWEEN = Set.of('的', '了', '和', '与', '及', '或', '在', '对', '将', '把',
            '被', '从', '由', '以', '为', '于', '是', '并', '等', '其', '该', '这', '中', '上', '下', '如', '即', '到', '向',
            '用', '给', '让', '使', '而', '且', '也', '都', '就', '又', '还', '再', '所', '之', '着', '过');

    private final Set<String> inner = new HashSet<>();
    private final Set<String> starts = new HashSet<>();
    private final Set<String> ends = new HashSet<>();

    /** @param terms Chinese terms of the dictionary (standard renderings and variants) */
    public WordPieces(Collection<String> terms) {
        for (String t : terms) {
            for (String run : t.split("[^\\p{IsHan}]+")) {
                for (int i = 0; i + 2 <= run.length(); i++) {
                    inner.add(run.substring(i, i + 2));
                }
            }
            String run = leadingHan(t);
            for (int n = 2; n <= Math.min(MAX_PIECE, run.length()); n++) {
                starts.add(run.substring(0, n));
            }
            String last = trailingHan(t);
            for (int n = 2; n <= Math.min(MAX_PIECE, last.length()); n++) {
                ends.add(last.substring(last.length() - n));
            }
        }
    }

    /** Whether the boundary before {@code at} in {@code text} falls inside a dictionary word. */
    public boolean cuts(String text, int at) {
        return at > 0 && at < text.length() && isHan(text.charAt(at - 1)) && isHan(text.charAt(at))
                && inner.contains(text.substring(at - 1, at + 1));
    }

    /**
     * The term [start, end) of {@code text} with edges that cut a dictionary word made whole, as {start, end}.
     *
     * @param words      the segmenter's words of the text: characters taken back may not hold a
     *                  whole word of two or more characters (框架 after 强化学习 is a word of its own, not the rest of
     *                  one)
     */
    public int[] whole(String text, int start, int end, WordSpans words) {
        int from = start;
        int to = end;
        if (cuts(text, start)) {
            for (int k = 1; k <= MAX_TAKEN && start - k >= 0 && takes(text.charAt(start - k)); k++) {
                if (words.holdsWord(start - k, start)) {
                    break;
                }
                if (starts.contains(text.substring(start - k, Math.min(end, start + 2)))) {
                    from = start - k;
                    break;
                }
            }
        }
        if (cuts(text, end)) {
            for (int k = 1; k <= MAX_TAKEN && end + k <= text.length() && takes(text.charAt(end + k - 1)); k++) {
                if (words.holdsWord(end, end + k)) {
                    break;
                }
                if (ends.contains(text.substring(Math.max(start, end - 2), end + k))) {
                    to = end + k;
                    break;
                }
            }
        }
        return new int[] {from, to};
    }

    /** The words of a text as the segmenter read it. */
    public interface WordSpans {
        /** Whether [from, to) holds a whole word of two or more characters. */
        boolean holdsWord(int from, int to);
    }

    private static boolean takes(char c) {
        return isHan(c) && !BETWEEN.contains(c);
    }

    private static String leadingHan(String t) {
        int n = 0;
        while (n < t.length() && isHan(t.charAt(n))) {
            n++;
        }
        return t.substring(0, n);
    }

    private static String trailingHan(String t) {
        int n = t.length();
        while (n > 0 && isHan(t.charAt(n - 1))) {
            n--;
        }
        return t.substring(n);
    }

    private static boolean isHan(char c) {
        return HanLpChinese.isHan(c);
    }
}
