package dev.termdeck.corpus;

import java.util.Locale;

/**
 * The text rules every corpus layout shares: a line cleaned ({@link #clean}) and the identity of a text for
 * deduplication ({@link #dedupeKey}). Stateless.
 */
final class CorpusText {
    private CorpusText() {
    }

    /**
     * Normalizes a line: LaTeX markup as plain text ({@link LatexMarkup}), no control or zero-width characters, single
     * spaces, trimmed.
     */
    static String clean(String raw) {
        String line = LatexMarkup.strip(raw);
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The identity of a text for deduplication: NFKC, lower case, letters and digits only. */
    static String dedupeKey(String text) {
        // Every text and paragraph of a corpus gets a key (a fifth of reading 1,000 abstracts went here): ASCII text
        // is its own NFKC form, so it skips the normalizer, and the letters are kept in one loop, not a stream.
        String n = isAscii(text) ? text.toLowerCase(Locale.ROOT)
                : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
