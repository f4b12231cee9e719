package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Character spans of an English document that are no candidate terms of their own: URLs, abbreviation pairs, and
 * the hyphens scraped text uses for dashes around a long form. Stateless; thread-safe.
 */
final class Spans {
    private Spans() {
    }

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile(
            "(?:https?://|www\\.)\\S+(?:\\s+\\S*/\\S*)?");

    /**
     * Whether the span is no candidate of its own: it touches a URL, lies inside an abbreviation's long form (the
     * long form is the candidate; its pieces, split differently by the tagger, are not), or ends with a long form
     * written as a name and starts before it with a word in lower case ("module-specific Low-Rank Adaptation (LoRA)",
     * "hierarchical Chain-of-Thought (CoT)": the span whose initials the short form gives wins over the words of the
     * sentence glued on before it; "Residual Reinforcement Learning (RL)" is a name longer than its short form).
     */
    static boolean covered(List<Abbreviation> abbrs, List<int[]> urls, String text, int start, int end) {
        for (int[] u : urls) {
            if (start < u[1] && end > u[0]) {
                return true;
            }
        }
        for (Abbreviation a : abbrs) {
            if (start >= a.longStart() && end <= a.longEnd() + 1
                    || start < a.longStart() && end > a.longStart() && end <= a.longEnd() + 1
                    && Character.isLowerCase(text.charAt(start)) && hasCapitalisedWord(a.longForm())
                    || start == a.shortStart() && end == a.shortStart() + a.shortForm().length()) {
                return true;
            }
        }
        return false;
    }

    /** "Low-Rank Adaptation", "Chain-of-Thought": a word starting with a capital followed by a lower-case letter. */
    private static boolean hasCapitalisedWord(String phrase) {
        for (String w : phrase.split("[\\s-]+")) {
            if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))) {
                return true;
            }
        }
        return false;
    }

    static List<int[]> urls(String text) {
        List<int[]> spans = new ArrayList<>();
        if (!text.contains("http") && !text.contains("www.")) {
            return spans;
        }
        java.util.regex.Matcher m = URL.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** The hyphens that stand for dashes around a long form ("VCNet-Variational Counter Net-a"). */
    static Set<Integer> dashBreaks(String text, List<Abbreviation> abbrs) {
        Set<Integer> breaks = new HashSet<>();
        for (Abbreviation a : abbrs) {
            if (a.longStart() > 0 && text.charAt(a.longStart() - 1) == '-') {
                breaks.add(a.longStart() - 1);
            }
            if (a.longEnd() < text.length() && text.charAt(a.longEnd()) == '-') {
                breaks.add(a.longEnd());
            }
        }
        return breaks;
    }
}
