package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

/**
 * A paper as split from its file, before language detection, checks of its translation and deduplication.
 *
 * @param key         the part of the id after {@code #}: the 1-based position in the file, or a JSONL object's id
 * @param title       a title, or {@code null}
 * @param text        the original's cleaned text, paragraphs separated by a blank line
 * @param declared    the language the file declares for it (JSONL {@code lang}), or {@code null}
 * @param translation the translation the source carries beside it, or {@code null}
 */
record RawDocument(String key, String title, String text, Lang declared, Translation translation) {
    RawDocument(String key, String title, String text, Lang declared) {
        this(key, title, text, declared, null);
    }

    /**
     * The translation of a paper as the source gives it, not yet checked.
     *
     * @param text     cleaned text, possibly empty
     * @param expected the language the source says it is in ({@code 摘要（中文）}, JSONL {@code translations.zh}), or
     *                 {@code null} when its text decides
     * @param label    how the source names it, for messages ({@code section 摘要（中文）}, {@code translations.zh})
     * @param line     the 1-based line of the file where it starts (its heading, or the JSONL line)
     * @param notes    the page's other sections about the paper (see {@link Document#notes()}), or {@code null}
     */
    record Translation(String text, Lang expected, String label, int line, String notes) {
        Translation(String text, Lang expected, String label, int line) {
            this(text, expected, label, line, null);
        }
    }
}
