package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

import java.util.Objects;

/**
 * One cleaned document of the corpus: an abstract, or the body of an article, in one language. A {@link Paper} has one
 * document per language version: its original and, when the source carries one, its translation.
 *
 * @param id     stable id: for an original {@code FILE#N}, the file's path below the corpus directory without its
 *               extension and the 1-based position of the paper in that file (for JSONL, the object's own
 *               {@code id}); for a translation the paper's id, {@code @} and the language ({@code FILE#N@zh}), so
 *               that adding a translation to a paper leaves the original's id as it was
 * @param source the file's path below the corpus directory, with {@code /} separators ({@code 000_x.txt})
 * @param lang   the detected (or, for JSONL, declared) language
 * @param title  the title, or {@code null} when the source has none
 * @param text   the cleaned text: markers and boilerplate removed, paragraphs separated by a blank line
 * @param paper  the id of the paper this document is a version of: {@code id} for an original
 * @param notes  for a translation read from a page, the page's other sections about the paper (summaries, keyword
 *               lists, method notes), paragraphs separated by a blank line; not the abstract, and not read as a
 *               document, only as evidence of how the page renders the paper's terms; else {@code null}
 */
public record Document(String id, String source, Lang lang, String title, String text, String paper, String notes) {
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
        paper = paper == null ? id : paper;
        notes = notes == null || notes.isBlank() ? null : notes;
    }

    /** A document without notes. */
    public Document(String id, String source, Lang lang, String title, String text, String paper) {
        this(id, source, lang, title, text, paper, null);
    }

    /** A document that is its own paper (an original; the paper's id is {@code id}). */
    public Document(String id, String source, Lang lang, String title, String text) {
        this(id, source, lang, title, text, id);
    }

    /** The id of the translation of paper {@code paperId} into {@code lang}: {@code FILE#N@zh}. */
    public static String translationId(String paperId, Lang lang) {
        return paperId + "@" + lang.code();
    }

    /** Whether this document is the translation of its paper rather than the original. */
    public boolean isTranslation() {
        return !id.equals(paper);
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
