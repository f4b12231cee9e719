package dev.termdeck.extract.bilingual;

import java.util.regex.Pattern;

/**
 * How a card reads a term written in Latin letters, for {@link CardMaker}: a name Chinese text writes the same
 * ({@code DistilBERT}), a proper name ({@code Constitutional AI}), a one-word name, a one-letter variable of the text
 * ({@code N}), or an English word left beside hanzi ({@code 自适应Rollout}). String tests only; stateless.
 */
final class LatinTerms {
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

    private LatinTerms() {
    }

    /**
     * A name written in Latin letters the same way in Chinese text: one word (hyphens and digits allowed) with a
     * capital after its first letter or a digit ({@code BLOOM}, {@code DistilBERT}, {@code HAC-Net}, {@code T5}).
     */
    static boolean isName(String en) {
        if (en == null || en.contains(" ") || en.length() < 2) {
            return false;
        }
        for (int k = 1; k < en.length(); k++) {
            if (Character.isUpperCase(en.charAt(k)) || Character.isDigit(en.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Every word starts with a capital ({@code Constitutional AI}, {@code Responsible AI License}, {@code Muse}). */
    static boolean isProperName(String en) {
        for (String w : en.split("[\\s]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** One word written as a name: a capital after its first letter, or a digit ("GIR-Bench-T2I", "GSM8K"). */
    static boolean isOneWordName(String s) {
        return !s.contains(" ") && s.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** One letter, as in 模型大小（N）or 训练tokens（D）: a variable of the text, not the English of a term. */
    static boolean isVariable(String s) {
        return s.codePoints().filter(Character::isLetter).count() < 2;
    }

    /** Whether Chinese text holds a Latin word of two letters or more beside its hanzi (自适应Rollout; not Q函数). */
    static boolean holdsEnglishWord(String zh) {
        return !BilingualLinker.isLatin(zh) && ENGLISH_WORD.matcher(zh).find();
    }
}
