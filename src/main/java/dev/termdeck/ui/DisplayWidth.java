package dev.termdeck.ui;

import dev.termdeck.core.SafeText;
import java.lang.Character.UnicodeBlock;
import java.util.Set;

/**
 * The one table of terminal column widths, for every view and command that lines text up: an East Asian wide
 * character (hanzi, kana, hangul, full-width forms, CJK punctuation) and any character beyond the Basic Multilingual
 * Plane (emoji, CJK extensions) take two columns; combining marks and format characters none; anything else one,
 * control characters included, which termdeck never writes as they are but as one visible symbol each
 * ({@code core.SafeText}). The wide blocks are the ones the full-screen UI's screen library (Lanterna) draws two columns
 * wide, so what is measured here is what the screen shows (a test in {@code tui} checks every character).
 * Truncation never cuts a character. Stateless.
 */
public final class DisplayWidth {
    /** What ends a truncated text. */
    public static final String ELLIPSIS = "…";

    private static final Set<UnicodeBlock> WIDE = Set.of(UnicodeBlock.HIRAGANA, UnicodeBlock.KATAKANA,
            UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS, UnicodeBlock.HANGUL_COMPATIBILITY_JAMO, UnicodeBlock.HANGUL_JAMO,
            UnicodeBlock.HANGUL_SYLLABLES, UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
            UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A, UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B,
            UnicodeBlock.CJK_COMPATIBILITY_FORMS, UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS,
            UnicodeBlock.CJK_RADICALS_SUPPLEMENT, UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
            UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS);
    /** In the half-width and full-width forms block, the full-width ones come before the half-width katakana. */
    private static final int FIRST_HALF_WIDTH_FORM = 0xFF61;

    private DisplayWidth() {
    }

    /** The columns one code point takes: 0, 1 or 2. */
    public static int of(int cp) {
        if (SafeText.isUnsafe(cp)) {
            return 1; // never drawn as it is: shown as one visible symbol (SafeText.forTerminal)
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        if (Character.isSupplementaryCodePoint(cp)) {
            return 2;
        }
        UnicodeBlock block = UnicodeBlock.of(cp); // null where no block is assigned
        boolean wide = block != null && WIDE.contains(block)
                || block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < FIRST_HALF_WIDTH_FORM;
        return wide ? 2 : 1;
    }

    /** The columns {@code s} takes. */
    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The longest prefix of {@code s} no wider than {@code columns}, without cutting a character. */
    public static String fit(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (w + of(cp) > columns) {
                break;
            }
            w += of(cp);
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** {@code s} cut to at most {@code columns} columns, ending in an ellipsis when it was cut. */
    public static String truncate(String s, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (of(s) <= columns) {
            return s;
        }
        return fit(s, columns - 1) + ELLIPSIS;
    }

    /** {@code s} padded with spaces (or truncated) to exactly {@code columns} columns. */
    public static String pad(String s, int columns) {
        String t = truncate(s, columns);
        return t + " ".repeat(Math.max(0, columns - of(t)));
    }

    /** {@code s} right-aligned in a column {@code columns} wide, with at least one space before it. */
    public static String padLeft(String s, int columns) {
        String t = truncate(s, columns - 1);
        return " ".repeat(Math.max(0, columns - of(t))) + t;
    }
}
