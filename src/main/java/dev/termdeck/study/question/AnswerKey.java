package dev.termdeck.study.question;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which answers are compared: letters and digits only, lower case, accents and full-width forms folded
 * ({@code Chain-of-Thought} and {@code chain of thought} have the same key). Choice options are kept distinct by it,
 * typed answers are checked on it ({@code study.answer}), and card search matches queries with it. Stateless.
 */
public final class AnswerKey {
    private AnswerKey() {
    }

    /** The key of {@code text}. */
    public static String of(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        // NFKD splits some hanzi-compatible forms; recompose what is left so CJK text compares as typed.
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }
}
