package dev.termdeck.extract.zh;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;

/**
 * The one adapter over HanLP's static API (HanLP keeps its configuration and dictionaries in static state; the rest
 * of termdeck sees only this class). Pinyin with tone marks, and simplified/traditional conversion.
 *
 * <p>HanLP loads each dictionary on first use (about a second for the segmenter, less for pinyin and conversion);
 * after that, every method is read-only over immutable dictionaries and safe to call from several threads.
 */
public final class HanLpChinese {
    private HanLpChinese() {
    }

    private static final HanLpChinese INSTANCE = new HanLpChinese();

    /** The adapter (HanLP's state is process-wide, so there is one). */
    public static HanLpChinese get() {
        return INSTANCE;
    }

    /**
     * Pinyin with tone marks, one syllable per hanzi separated by spaces; other characters are kept as they are
     * ({@code Nadaraya-Watson回归} gives {@code Nadaraya-Watson huí guī}). Polyphonic characters are read in context
     * ({@code 长度} gives {@code cháng dù}).
     */
    public String pinyin(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean han = isHan(text.codePointAt(i));
            while (i < text.length() && isHan(text.codePointAt(i)) == han) {
                i += Character.charCount(text.codePointAt(i));
            }
            String run = text.substring(start, i);
            if (han) {
                List<Pinyin> syllables = HanLP.convertToPinyinList(run);
                for (Pinyin p : syllables) {
                    appendWord(out, p == Pinyin.none5 ? "" : p.getPinyinWithToneMark());
                }
            } else {
                appendWord(out, run.strip());
            }
        }
        return out.toString();
    }

    /** The text with traditional characters converted to simplified ones. */
    public String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** The text with simplified characters converted to traditional ones. */
    public String toTraditional(String text) {
        return HanLP.convertToTraditionalChinese(text);
    }

    /** Whether {@code cp} is a hanzi (CJK ideograph). */
    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static void appendWord(StringBuilder out, String word) {
        if (word.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
    }
}
