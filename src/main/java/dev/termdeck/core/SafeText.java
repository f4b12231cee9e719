package dev.termdeck.core;

/**
 * The one place that decides which characters of untrusted text (deck fields, imported files, corpus text, file
 * names) may reach a terminal or a stored value. Decks and imports are shared, so any field may carry an escape
 * sequence ({@code ESC]0;title BEL}, {@code ESC[2J}, OSC 52 clipboard writes), a C1 control ({@code U+009B} is a
 * one-character CSI on many terminals), a bidirectional override ({@code U+202E}) that reorders what the reader
 * sees, or a line break that prints a fake line ({@code saved card good}) that scripts and screen readers trust.
 *
 * <ul>
 *   <li>{@link #forTerminal} is for output: every such character becomes one visible character of one column, so
 *   nothing is hidden and nothing is interpreted: C0 controls and DEL their Unicode control pictures ({@code ␛},
 *   {@code ␇}, a line feed {@code ␊}), C1 controls and bidirectional controls {@code U+FFFD} (�), the line and
 *   paragraph separators {@code ␤}; a tab becomes a space. The result is always one line.
 *   <li>{@link #stored} is for values on the way in (deck fields, imports): line breaks, tabs and other controls
 *   become a single space between words (as the corpus reader cleans text), bidirectional controls are removed.
 * </ul>
 *
 * Both return their argument itself when it has nothing to change, which is the common case and costs one scan.
 * Stateless and thread-safe.
 */
public final class SafeText {
    /** What a C1 control or a bidirectional control is shown as. */
    public static final char REPLACEMENT = '\uFFFD';
    /** What a line or paragraph separator is shown as (SYMBOL FOR NEWLINE). */
    public static final char NEWLINE_SYMBOL = '\u2424';

    private SafeText() {
    }

    /**
     * Whether {@code c} must not reach a terminal as it is: a C0 or C1 control (tab, line feed and carriage return
     * included), DEL, a bidirectional control (the Unicode Bidi_Control set) or a line or paragraph separator.
     */
    public static boolean isUnsafe(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x2028 && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** Whether {@code c} is one of the Unicode bidirectional controls (embeddings, overrides, isolates, marks). */
    static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** The visible stand-in for {@code c} on a terminal; {@code c} itself when it is safe. */
    public static char visible(char c) {
        if (c == '\t') {
            return ' ';
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        if (c == 0x2028 || c == 0x2029) {
            return NEWLINE_SYMBOL;
        }
        return isUnsafe(c) ? REPLACEMENT : c;
    }

    /**
     * {@code text} as one line that is safe to write to a terminal: each unsafe character replaced by one visible
     * character (see the class comment), so the display width is that of the text's safe characters plus one column
     * each. {@code null} stays {@code null}.
     */
    public static String forTerminal(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            sb.append(visible(text.charAt(i)));
        }
        return sb.toString();
    }

    /**
     * {@code text} as multi-line output that is safe to write to a terminal: like {@link #forTerminal}, except that
     * line feeds and carriage returns are kept. For text termdeck composes itself (help, a progress bar that returns
     * to the start of its line); values from files go through {@link #forTerminal}.
     */
    public static String forTerminalKeepingLines(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) && c != '\n' && c != '\r') {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append(visible(c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * {@code text} cleaned for storing in a deck: every run of controls and line breaks (and the spaces around it) is
     * one space, bidirectional controls are removed. Leading and trailing space is left for the caller to strip.
     * {@code null} stays {@code null}.
     */
    public static String stored(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        boolean pending = false; // a break was seen and its one space is not written yet
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                continue;
            }
            if (isUnsafe(c)) {
                pending = true;
            } else if (c == ' ' && pending) {
                continue; // spaces after a break belong to it
            } else {
                if (pending) {
                    trimTrailingSpaces(sb);
                    sb.append(' ');
                    pending = false;
                }
                sb.append(c);
            }
        }
        if (pending) {
            trimTrailingSpaces(sb);
            sb.append(' ');
        }
        return sb.toString();
    }

    private static void trimTrailingSpaces(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && sb.charAt(n - 1) == ' ') {
            n--;
        }
        sb.setLength(n);
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
