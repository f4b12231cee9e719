package dev.termdeck.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "SAE checkpoint", "UML metamodel", "PDE benchmark": a short form that a long form spells out, then one lower-case
 * noun: a kind of thing said about the concept the short form names. The per-document ranking counts such a candidate
 * less and the deck's {@link PlainCards} drops such a card; each asks its own titles whether they name it with
 * {@link #squeezed} forms. Stateless.
 */
public final class ShortFormNoun {
    /** The noun after the short form: lower-case letters and hyphens. */
    private static final Pattern LOWER_NOUN = Pattern.compile("[a-z][a-z-]*");

    private ShortFormNoun() {
    }

    /**
     * The long form and the noun {@linkplain #squeezed squeezed} ("multipointproximityencoding" for "MPP encoding"
     * when MPP stands for "Multi-Point Proximity"), or null when {@code text} is not two words (whitespace around them
     * ignored), the first a short form {@code longForms} holds (or its plural in -s), the second a lower-case noun.
     */
    public static String named(String text, Map<String, String> longForms) {
        String t = text.trim();
        int gap = 0;
        while (gap < t.length() && !isSpace(t.charAt(gap))) {
            gap++;
        }
        int next = gap;
        while (next < t.length() && isSpace(t.charAt(next))) {
            next++;
        }
        if (gap == 0 || next == t.length()) {
            return null;
        }
        for (int i = next; i < t.length(); i++) {
            if (isSpace(t.charAt(i))) {
                return null;
            }
        }
        String first = t.substring(0, gap);
        String longForm = longForms.get(first);
        if (longForm == null && first.endsWith("s")) {
            longForm = longForms.get(first.substring(0, first.length() - 1));
        }
        // The map look-up first: the noun's pattern is asked only of the few texts that start with a short form.
        String noun = t.substring(next);
        return longForm == null || !LOWER_NOUN.matcher(noun).matches() ? null : squeezed(longForm + noun);
    }

    /** Lower case without spaces and hyphens: "Multi-Point Proximity Encoding" and "MultiPoint Proximity encoding". */
    public static String squeezed(String s) {
        return s.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
    }

    /** What the regular expression {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
