package dev.termdeck.extract.zh;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.termdeck.core.ChineseScript;
import dev.termdeck.extract.bilingual.ChineseForms;
import java.util.ArrayList;
import java.util.List;

/**
 * The one adapter over HanLP's static API (HanLP keeps its configuration and dictionaries in static state; the rest
 * of termdeck sees only this class). Segmentation with part-of-speech tags, pinyin with tone marks, and
 * simplified/traditional conversion.
 *
 * <p>HanLP is configured here and nowhere else: its debug output is off, and the segmenter is HanLP's standard
 * (Viterbi) one with its core and custom dictionaries, offsets on, and person-name recognition off (it mistakes
 * technical characters for names: 归因 as a surname and given name) which also doubles its speed.
 *
 * <p>HanLP loads each dictionary on first use (about a second for the segmenter, less for pinyin and conversion);
 * after that, every method is read-only over immutable dictionaries and safe to call from several threads.
 */
public final class HanLpChinese implements ChineseForms, ChineseScript {
    private static final HanLpChinese INSTANCE;

    static {
        HanLP.Config.enableDebug(false);
        HanLP.Config.ShowTermNature = true;
        INSTANCE = new HanLpChinese();
    }

    private final Segment segment;

    private HanLpChinese() {
        segment = HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(true);
    }

    /** The adapter (HanLP's state is process-wide, so there is one). */
    public static HanLpChinese get() {
        return INSTANCE;
    }

    /**
     * Pinyin with tone marks, one syllable per hanzi separated by spaces; other characters are kept as they are
     * ({@code Nadaraya-Watson回归} gives {@code Nadaraya-Watson huí guī}). Polyphonic characters are read in context
     * ({@code 长度} gives {@code cháng dù}).
     */
    @Override
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
                for (int k = 0; k < syllables.size(); k++) {
                    Pinyin p = syllables.get(k);
                    // Inside a term 的 is the particle (上下文中的词), never dì as in 目的.
                    boolean particle = k < run.length() && run.charAt(k) == '的' && k > 0;
                    appendWord(out, particle ? "de" : p == Pinyin.none5 ? "" : p.getPinyinWithToneMark());
                }
            } else {
                appendWord(out, run.strip());
            }
        }
        return out.toString();
    }

    /**
     * Segments {@code text} into words with part-of-speech tags, in order, covering the text except for whitespace.
     * Offsets refer to {@code text} itself; the text should already be simplified (see {@link #toSimplified}), as
     * HanLP's dictionaries are.
     */
    public List<ZhToken> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<ZhToken> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (t.word.isBlank()) {
                continue;
            }
            out.add(new ZhToken(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
        }
        return out;
    }

    /** Whether HanLP's core or custom dictionary lists {@code word} (simplified) as a word. */
    public boolean isWord(String word) {
        return CoreDictionary.contains(word) || CustomDictionary.contains(word);
    }

    /** The frequency HanLP's core dictionary (counted in general news text) gives a word of two or more characters. */
    @Override
    public int generalFrequency(String word) {
        CoreDictionary.Attribute a = word.length() >= 2 ? CoreDictionary.get(word) : null;
        return a == null ? 0 : a.totalFrequency;
    }

    /** The text with traditional characters converted to simplified ones. */
    @Override
    public String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** The text with simplified characters converted to traditional ones. */
    public String toTraditional(String text) {
        return HanLP.convertToTraditionalChinese(text);
    }

    /** Whether {@code cp} is a hanzi (CJK ideograph). */
    public static boolean isHan(int cp) {
        return ChineseScript.isHan(cp);
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
