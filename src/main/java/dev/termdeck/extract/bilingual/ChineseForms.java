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
}
