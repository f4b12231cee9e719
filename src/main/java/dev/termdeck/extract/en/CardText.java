package dev.termdeck.extract.en;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a sentence or clause read well on a card: no leading "In this paper," or "Moreover,", a capital first
 * letter, a final full stop, at most {@value #MAX_CHARS} characters, and for a long sentence only the clause around
 * the term. Stateless; thread-safe.
 */
final class CardText {
    /** The longest definition kept whole. */
    static final int MAX_CHARS = 400;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,.;:])");

    private static final Pattern INTRO = Pattern.compile(
            "^(?:(?:in|within) (?:this|our|the present) (?:position )?(?:paper|work|article|study|note|letter)"
                    + "|here|to this end|specifically|in addition|moreover|furthermore|finally|notably|however"
                    + "|additionally|recently|as a result|overall|first|second|third|then|thus|therefore|hence"
                    + "|in particular|in practice|importantly|consequently|in summary|in short|to do so"
                    + "|in this regard|nevertheless|nonetheless|similarly|likewise|instead|also),\\s*",
            Pattern.CASE_INSENSITIVE);

    private CardText() {
    }

    /**
     * The part of a long sentence (over 200 characters) that holds the occurrence: from after a colon before it
     * ("That's what it boiled down to: in the era of ...") to before "; ", ", i.e.," or ", e.g.," after it. A short
     * sentence is returned whole.
     */
    static String clauseAround(Sentence s, Occurrence o) {
        String text = s.text();
        if (text.length() <= 200) {
            return text;
        }
        int from = text.lastIndexOf(": ", o.from());
        int start = from < 0 ? 0 : from + 2;
        int end = text.length();
        for (String stop : new String[] {"; ", ", i.e.", ", e.g.", " -- ", " \u2014 "}) {
            int i = text.indexOf(stop, o.to());
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String clause = text.substring(start, end).strip();
        return clause.length() >= 40 ? clause : text;
    }
    /** The sentence without a leading "In this paper," or "Moreover,", with a capital first letter. */
    static String stripIntro(String sentence) {
        String s = sentence.strip();
        for (int i = 0; i < 3; i++) {
            Matcher m = INTRO.matcher(s);
            if (!m.lookingAt()) { // (INTRO begins with ^: only a match at the start counts)
                break;
            }
            s = s.substring(m.end());
        }
        return capitalize(s);
    }
    /** Capital first letter, one space between words, a final full stop, cut at {@link #MAX_CHARS}. */
    static String finish(String text) {
        // Each replacement only where it changes something (most sentences have single spaces and no space before a
        // mark): the same text, without two regular-expression passes per candidate.
        String s = (hasSpaceRun(text) ? SPACES.matcher(text).replaceAll(" ") : text).strip();
        if (hasSpaceBeforeMark(s)) {
            s = SPACE_BEFORE_MARK.matcher(s).replaceAll("$1");
        }
        if (s.length() > MAX_CHARS) {
            int cut = s.lastIndexOf(", ", MAX_CHARS);
            s = s.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS).strip() + "\u2026";
            return capitalize(s);
        }
        while (!s.isEmpty() && ",;:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.isEmpty() && ".!?\u2026".indexOf(s.charAt(s.length() - 1)) < 0) {
            s = s + ".";
        }
        return capitalize(s);
    }

    /**
     * Whether {@code text} is blank once {@link #stripIntro} has removed its lead-ins: each lead-in ends with a comma,
     * so a text without one only needs to be blank.
     */
    static boolean isOnlyIntro(String text) {
        return text.indexOf(',') < 0 ? text.isBlank() : stripIntro(text).isBlank();
    }

    /** Whether {@link #SPACES} changes {@code s}: a white-space character other than a space, or two in a row. */
    private static boolean hasSpaceRun(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #SPACE_BEFORE_MARK} can match {@code s}, which has single spaces only. */
    private static boolean hasSpaceBeforeMark(String s) {
        for (int i = s.indexOf(' '); i >= 0 && i + 1 < s.length(); i = s.indexOf(' ', i + 1)) {
            char c = s.charAt(i + 1);
            if (c == ',' || c == '.' || c == ';' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** {@code s} with a capital first letter. */
    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
