package dev.termdeck.study.question;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds where a card's term (or an alias, or its abbreviation) occurs in a sentence. Stateless. */
public final class TermSpans {
    private TermSpans() {
    }

    /** The surface forms of the card's term in {@code lang}: the term, its aliases, and the abbreviation. */
    public static List<String> forms(Card card, Lang lang) {
        List<String> forms = new ArrayList<>();
        if (card.term(lang) != null) {
            forms.add(card.term(lang));
        }
        forms.addAll(card.aliases().get(lang));
        if (card.abbr() != null) {
            forms.add(card.abbr());
        }
        return forms;
    }

    /**
     * Where any of {@code forms} occurs in {@code text}: longest forms first, not overlapping, in text order.
     * Latin forms match case-insensitively and only as whole words.
     */
    static List<Span> find(String text, List<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[text.length()];
        List<Span> spans = new ArrayList<>();
        for (String form : sorted) {
            if (form.isBlank()) {
                continue;
            }
            String f = form.toLowerCase(Locale.ROOT);
            // Lower-casing can change lengths for a few scripts; then match the text as it is.
            String hay = lower.length() == text.length() && f.length() == form.length() ? lower : text;
            String needle = hay == lower ? f : form;
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                if (isFree(taken, at, end) && wholeWord(text, at, end)) {
                    spans.add(new Span(at, end));
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /** {@code text} with each span replaced by {@code blank}. */
    static String blank(String text, List<Span> spans, String blank) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (Span s : spans) {
            sb.append(text, last, s.start()).append(blank);
            last = s.end();
        }
        return sb.append(text.substring(last)).toString();
    }

    private static boolean isFree(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** A match that starts or ends with a Latin letter or digit must not continue a Latin word. */
    private static boolean wholeWord(String text, int start, int end) {
        return !(start > 0 && latinWordChar(text.codePointBefore(start)) && latinWordChar(text.codePointAt(start)))
                && !(end < text.length() && latinWordChar(text.codePointAt(end))
                && latinWordChar(text.codePointBefore(end)));
    }

    private static boolean latinWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
    }
}
