package dev.termdeck.extract.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an abstract into sentences for alignment, as character ranges of its text. English: a full stop, question
 * or exclamation mark followed by a space and a capital, a digit or a bracket, not after an abbreviation
 * ({@code e.g.}, {@code et al.}, {@code Fig.}); a paragraph break always ends one. Chinese: 。！？ (and the
 * half-width marks), or a paragraph break. Stateless.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "al", "fig", "figs", "eq", "eqs", "vs",
            "cf", "etc", "approx", "sec", "no", "resp", "dr", "mr", "ms", "st", "u.s", "ref", "refs", "tab");

    private Sentences() {
    }

    /** A sentence: the range [start, end) of the text. */
    record Span(int start, int end) {
    }

    static List<Span> english(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paragraph = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean end = paragraph;
            if ((c == '.' || c == '?' || c == '!') && i + 2 < text.length() && text.charAt(i + 1) == ' ') {
                char next = text.charAt(i + 2);
                end = (Character.isUpperCase(next) || Character.isDigit(next) || next == '(' || next == '[')
                        && !(c == '.' && abbreviationBefore(text, i));
            }
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    static List<Span> chinese(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == '！' || c == '？' || c == '\n'
                    || (c == '!' || c == '?') && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
            if (end) {
                int stop = i + 1;
                while (stop < text.length() && (text.charAt(stop) == '”' || text.charAt(stop) == '）')) {
                    stop++;
                }
                add(out, text, start, stop);
                start = stop;
                i = stop - 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(text.charAt(s));
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
