package dev.termdeck.corpus;

import java.util.Objects;

/**
 * One cleaned document of the corpus: an abstract, or the body of an article.
 *
 * @param id     stable id {@code FILE#N}: the file's path below the corpus directory without its extension, and the
 *               1-based position of the document in that file (for JSONL, the object's own {@code id})
 * @param source the file's path below the corpus directory, with {@code /} separators ({@code 000_x.txt})
 * @param lang   the detected (or, for JSONL, declared) language
 * @param title  the title, or {@code null} when the source has none
 * @param text   the cleaned text: markers and boilerplate removed, paragraphs separated by a blank line
 */
public record Document(String id, String source, Lang lang, String title, String text) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
        if (title != null && title.isBlank()) {
            title = null;
        }
    }

    /** Length of the text in Unicode code points. */
    public int chars() {
        return text.codePointCount(0, text.length());
    }
}
