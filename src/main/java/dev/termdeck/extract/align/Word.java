package dev.termdeck.extract.align;

import dev.termdeck.extract.zh.HanLpChinese;

/**
 * One word of a text as alignment sees it: an English word (a hyphenated compound gives one word per part) or a
 * Chinese word as HanLP segments it.
 *
 * @param form    the word as written
 * @param norm    the form words are compared by: lower case, an English plural made singular
 * @param start   offset of its first character in the text
 * @param end     offset just past its last character
 * @param content whether it carries meaning a translation renders (not a function word, particle or punctuation)
 * @param edge    whether a term may start or end with it (Chinese: not a particle, conjunction, preposition, adverb,
 *                pronoun, classifier, verb or punctuation; English: a content word)
 * @param joined  whether only spaces or a hyphen separate it from the word before (no punctuation: a term can run on
 *                across it); Chinese punctuation is a word of its own, so every Chinese word is joined
 * @param verb    a Chinese verb of two or more characters ({@code 受到}, {@code 带有}, but also {@code 学习},
 *                {@code 对齐}): a term may end with one, but words the alignment did not learn are not taken on up to
 *                one
 * @param verbal  a Chinese word HanLP tags a verb or a verbal noun ({@code v}, {@code vn}: 保护, 集成), of any length
 */
record Word(String form, String norm, int start, int end, boolean content, boolean edge, boolean joined,
        boolean verb, boolean verbal) {

    /** A word that is no verbal noun: verbal only when it is a verb of two characters or more. */
    Word(String form, String norm, int start, int end, boolean content, boolean edge, boolean joined, boolean verb) {
        this(form, norm, start, end, content, edge, joined, verb, verb);
    }

    /** Whether the word is written in Chinese characters only. */
    boolean isHan() {
        return !form.isEmpty() && form.codePoints().allMatch(HanLpChinese::isHan);
    }

    /** Whether the word is written in Latin letters or digits (a name, an abbreviation, a number). */
    boolean isLatin() {
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (!(c < 0x250 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_'))) {
                return false;
            }
        }
        return true;
    }
}
