package dev.termdeck.extract.align;

import dev.termdeck.core.Lang;
import dev.termdeck.extract.zh.HanLpChinese;

/**
 * The page's other sections about a paper read with its translation (summaries, keyword lists, method notes: see
 * {@code Document.notes()}), kept as evidence of how the page renders the paper's terms, never as a document: where
 * the translation writes a capital short form bare or not at all, a keyword list often spells it out
 * (错误接受率（FAR）). Split into words only when first asked, and only when the short form is in the notes at all.
 * One paper's; used by one thread at a time.
 */
final class PageNotes {
    /** No notes. */
    static final PageNotes NONE = new PageNotes(null, null, null);

    private final String raw;
    private final HanLpChinese hanlp;
    private final ChineseWords words;
    private PaperText text;

    private PageNotes(String raw, HanLpChinese hanlp, ChineseWords words) {
        this.raw = raw;
        this.hanlp = hanlp;
        this.words = words;
    }

    /** The notes {@code raw} (or none when {@code null}). */
    static PageNotes of(String raw, HanLpChinese hanlp, ChineseWords words) {
        return raw == null || raw.isBlank() ? NONE : new PageNotes(raw, hanlp, words);
    }

    /**
     * The Chinese the notes write before {@code shortForm} in brackets, by the tests of
     * {@link BareShortForms#spelledOut}; else {@code null}.
     */
    String spelledOut(BareShortForms bare, String shortForm, String longForm) {
        String stem = shortForm.endsWith("s") ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
        if (raw == null || stem.isEmpty() || !raw.contains(stem)) {
            return null;
        }
        if (text == null) {
            String simplified = hanlp.toSimplified(raw);
            text = new PaperText(Lang.ZH, simplified, words.of(simplified), Sentences.chinese(simplified));
        }
        return bare.spelledOut(text, shortForm, longForm);
    }
}
