package dev.termdeck.extract.align;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.zh.HanLpChinese;

/**
 * Whether a short form written as a word of an English term ("QA" of "Full-Document QA") is rendered by a Chinese
 * word: the word stands in a Chinese term of a glossary entry the letters stand for ({@link Glossary#knownAs}: QA,
 * "question answering", 问答). The corpus rarely learns such a word, because translations keep the letters in most
 * sentences (FD-QA, VQA), so without this another English word of the paper ("questions") claims 问答 of 全文问答（FD-QA）.
 * Immutable.
 */
final class ShortFormWords {
    /** The shortest Chinese word taken as a piece of a glossary rendering (one character is too ambiguous). */
    private static final int MIN_CHARS = 2;

    private final Glossary glossary;

    ShortFormWords(Glossary glossary) {
        this.glossary = glossary;
    }

    /** Whether {@code english} is a capital short form whose glossary entries' Chinese holds {@code chinese}. */
    boolean renders(Word english, Word chinese) {
        if (!LatinForms.isShortForm(english.form()) || chinese.form().length() < MIN_CHARS
                || !chinese.form().codePoints().allMatch(HanLpChinese::isHan)) {
            return false;
        }
        for (GlossaryEntry e : glossary.knownAs(english.form())) {
            for (String zh : e.allZh()) {
                if (zh.contains(chinese.form())) {
                    return true;
                }
            }
        }
        return false;
    }
}
