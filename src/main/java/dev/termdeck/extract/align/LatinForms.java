package dev.termdeck.extract.align;

import dev.termdeck.extract.bilingual.TermKeys;
import dev.termdeck.extract.zh.HanLpChinese;

/**
 * How terms are written across the two versions of a paper: Latin names the translation keeps as they are, short
 * forms, and whole-word matches in a text that mixes hanzi and Latin letters. Static tests on strings and words,
 * used by {@link TermMatcher} to find a term's counterpart.
 */
final class LatinForms {
    private LatinForms() {
    }

    static boolean sameShortForm(String a, String b) {
        return TermKeys.englishSingular(a).equals(TermKeys.englishSingular(b));
    }

    /**
     * Whether {@code text} writes {@code word} as a whole word (a plural "s" after it aside): no Latin letter or digit
     * written against it, nor a sign that goes on with a name (UNIPHY of UNIPHY+, FruitNeRF of
     * 我们提出了FruitNeRF++，, GS of Part²GS: {@link #continuesName}).
     */
    static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean before = at == 0 || !isLatinLetterOrDigit(text.charAt(at - 1))
                    && !(continuesName(text.charAt(at - 1)) && !word.isEmpty() && !continuesName(word.charAt(0)));
            int end = at + word.length();
            boolean after = end >= text.length() || !isLatinLetterOrDigit(text.charAt(end))
                    && !(continuesName(text.charAt(end)) && !word.isEmpty()
                    && !continuesName(word.charAt(word.length() - 1)))
                    || text.charAt(end) == 's';
            if (before && after) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /**
     * Whether an English word and a Chinese-side word are the same Latin word, or the English word is a part of a
     * hyphenated Latin name the Chinese writes whole ({@code Baidu} of {@code Baidu-ULTR}).
     */
    static boolean sameLatin(Word en, Word zh) {
        if (en.norm().equals(zh.norm())) {
            return true;
        }
        if (!zh.isLatin() || zh.form().indexOf('-') < 0) {
            return false;
        }
        for (String part : zh.form().split("[-_.]")) {
            if (!part.isEmpty() && EnglishWords.norm(part).equals(en.norm())) {
                return true;
            }
        }
        return false;
    }

    /** One capitalised Latin word of three letters or more ({@code Vejde}, {@code Transformer}). */
    static boolean isCapitalizedWord(String s) {
        return s.length() >= 3 && !s.contains(" ") && Character.isUpperCase(s.charAt(0)) && isLatin(s)
                && s.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-');
    }

    /** A sign written inside or at the end of a Latin name: a plus sign, an asterisk, a superscript digit. */
    static boolean continuesName(char c) {
        return c == '+' || c == '*' || c == '\u00b9' || c == '\u00b2' || c == '\u00b3'
                || c >= '\u2070' && c <= '\u2079';
    }

    static boolean isLatinLetterOrDigit(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /** Written in Latin letters only (no hanzi). */
    static boolean isLatin(String s) {
        return s.codePoints().noneMatch(HanLpChinese::isHan);
    }

    /** A term written as an abbreviation: one word with at least two capitals ({@code MMLU}, {@code WiC}). */
    static boolean isShortForm(String s) {
        return !s.contains(" ") && s.length() <= 10 && s.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * A name of several words written the same in Latin letters in both languages: every word a name of its own
     * ({@link #isName}: S&P Top-K, a "Selection and Projection" method over the Top-K features), not a phrase with an
     * everyday word in it ("GPT-4 Turbo", "Composed Video Retrieval").
     */
    static boolean isSpacedName(String s) {
        if (s == null || !s.contains(" ") || !isLatin(s)) {
            return false;
        }
        for (String w : s.split(" ")) {
            if (!isName(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name written the same in Latin letters in both languages: one word (hyphens and digits allowed) with a
     * capital or a digit after its first letter ({@code TrackDiffusion}, {@code GPT-4}, {@code DQN}).
     */
    static boolean isName(String s) {
        if (s == null || s.contains(" ") || s.length() < 2 || !isLatin(s)) {
            return false;
        }
        for (int k = 1; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k)) || Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

}
