package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

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
    /**
     * The longest abstract, in characters: a document longer than this is a long article (a blog post, a paper
     * body). Extraction keeps more terms from a long article ({@code extract.Selection}) and evaluation reports it
     * apart from the abstracts ({@code eval.Evaluation}); both use this one threshold. An English abstract of 250
     * words is about 1,700 characters, a Chinese one about 500.
     */
    public static final int LONG_ARTICLE_CHARS = 2000;

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

    /** Whether this is a long article rather than an abstract: over {@link #LONG_ARTICLE_CHARS} characters. */
    public boolean isLongArticle() {
        return chars() > LONG_ARTICLE_CHARS;
    }
}
