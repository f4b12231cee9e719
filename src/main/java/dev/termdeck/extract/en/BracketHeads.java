package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;

/**
 * What a bracketed short form says of the words around it: whether its long form ends in a noun, or in a modifier
 * ("magneto-optical (MO) disks"), and the head noun written after the brackets that belongs to the term ("key-value
 * (KV) cache"). Stateless.
 */
final class BracketHeads {
    private BracketHeads() {
    }

    /**
     * The noun right after an abbreviation's parenthesis when the short form is always written with it ("key-value
     * (KV) cache ... the KV cache ... KV cache eviction"): the long form then only modifies it. Else {@code null}.
     */
    static String headAfter(Sentence s, Abbreviation a, Plurals plurals, String text) {
        String head = nounAfter(s, a, plurals);
        if (head == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b"
                + java.util.regex.Pattern.quote(a.shortForm()) + "\\b(?!\\))\\s*(\\S*)").matcher(text);
        m.region(a.shortStart() + a.shortForm().length() + 1, text.length());
        return alwaysBefore(m, head, plurals) ? head : null;
    }

    /** The lower-case noun right after the short form's closing bracket, singular, or null. */
    static String nounAfter(Sentence s, Abbreviation a, Plurals plurals) {
        int close = a.shortStart() + a.shortForm().length();
        List<Token> t = s.tokens();
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).start() == close && t.get(k).text().equals(")")) {
                Token next = t.get(k + 1);
                String w = next.text();
                return next.is("NOUN") && Character.isLowerCase(w.charAt(0)) && Words.isWordToken(next)
                        ? plurals.singular(w) : null;
            }
        }
        return null;
    }

    /** Whether every later mention of the short form is followed by {@code head} (and there is at least one). */
    private static boolean alwaysBefore(java.util.regex.Matcher m, String head, Plurals plurals) {
        int mentions = 0;
        while (m.find()) {
            String after = m.group(1).replaceAll("[^\\p{L}\\p{N}-]+$", "");
            if (after.isEmpty() || after.startsWith("(")) {
                continue;
            }
            if (!plurals.singular(after).equalsIgnoreCase(head)) {
                return false;
            }
            mentions++;
        }
        return mentions > 0;
    }

    /** Whether the last word of a long form can be a noun: not one WordNet knows only as an adjective or a verb. */
    static boolean endsInNoun(EnglishLexicon lexicon, String longForm) {
        String last = longForm.substring(longForm.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return !(lexicon.isOnlyAdjective(last) || lexicon.isOnlyVerb(last));
    }

    /**
     * Whether the long form's last word, or the last part of a hyphenated one ("magneto-optical", "time-to-live",
     * "clock-delayed"), is a word WordNet knows as an adjective or a verb and not as a noun; a gerund names an
     * activity ("medical question-answering (QA) tasks").
     */
    static boolean endsInModifier(EnglishLexicon lexicon, String longForm) {
        String last = longForm.substring(longForm.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String part = last.substring(last.lastIndexOf('-') + 1);
        return !part.isEmpty() && !part.endsWith("ing") && !lexicon.canBeNoun(part) && !lexicon.canBeNoun(last)
                && (lexicon.isOnlyAdjective(part) || lexicon.canBeVerb(part));
    }
}
