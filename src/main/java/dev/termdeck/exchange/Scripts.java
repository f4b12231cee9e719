package dev.termdeck.exchange;

import dev.termdeck.core.Lang;

/** Tells Chinese text from English by its script, for fields whose language a file does not say. Stateless. */
final class Scripts {
    private Scripts() {
    }

    /** Whether {@code s} holds a Han character. */
    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** {@link Lang#ZH} for text with Han characters, else {@link Lang#EN}. */
    static Lang langOf(String s) {
        return hasHan(s) ? Lang.ZH : Lang.EN;
    }
}
