package dev.termdeck.extract.bilingual;

/**
 * What pairing needs to know about Chinese script: the simplified form of a text (traditional and simplified are
 * both accepted when matching terms) and its pinyin. Implemented over HanLP by {@code extract.zh.HanLpChinese};
 * implementations are thread-safe.
 */
public interface ChineseForms {
    /** The text with traditional characters converted to simplified ones. */
    String toSimplified(String text);

    /** Pinyin with tone marks, one syllable per hanzi, separated by spaces; Latin parts kept as they are. */
    String pinyin(String text);

    /**
     * How often {@code word} (simplified) occurs in general Chinese text, as a dictionary of everyday text counts it
     * ({@code 环境} hundreds of times, {@code 编码器} once; {@code 强化学习} not at all), so that a technical sense of
     * a frequent word is only one of its senses. 0 when the word is not listed or nothing is known.
     */
    default int generalFrequency(String word) {
        return 0;
    }
}
