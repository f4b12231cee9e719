package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

/**
 * A document as split from its file, before language detection and deduplication.
 *
 * @param key      the part of the id after {@code #}: the 1-based position in the file, or a JSONL object's id
 * @param title    a title, or {@code null}
 * @param text     cleaned text, paragraphs separated by a blank line
 * @param declared the language the file declares for it (JSONL {@code lang}), or {@code null}
 */
record RawDocument(String key, String title, String text, Lang declared) {
}
