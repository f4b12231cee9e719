package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds abbreviations defined in English text with the algorithm of Schwartz and Hearst (2003): a pair
 * {@code long form (SHORT)} or {@code SHORT (long form)} within a sentence, where the short form's characters are
 * found right to left in the long form, its first character starting a word, taking the shortest long form that
 * matches. Also reads the same pairs written with dashes instead of parentheses ("VCNet-Variational Counter
 * Net-a model", "BLOOM--the Big Science ... model--"), which scraped abstracts produce from em dashes.
 * Stateless and thread-safe.
 */
public final class AbbreviationFinder {
    /** "SHORT--the Long Form--" or "SHORT — Long Form —". */
    private static final Pattern DOUBLE_DASH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}\\p{N}]{1,9})\\s*(?:--|\u2014|\u2013)\\s*(?:the\\s+)?"
                    + "(\\p{Lu}[^()\u2014\u2013]{2,120}?)\\s*(?:--|\u2014|\u2013)");
    /** "SHORT-Long Form-a": single hyphens without spaces around a capitalised long form. */
    private static final Pattern SINGLE_DASH = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(\\p{L}[\\p{L}\\p{N}]{1,9})-(\\p{Lu}\\p{L}+(?: \\p{L}+){0,7})-(?=\\p{Ll})");

    /** "Low-Rank Adaptation, or LoRA,": a long form, then "or" and the short form. */
    private static final Pattern OR_SHORT = Pattern.compile(
            ",\\s+or\\s+(\\p{L}[\\p{L}\\p{N}-]{1,9})(?=[\\s,;.)])");

    /** The abbreviations defined in {@code text} (one sentence, or a longer text), in order of appearance. */
    public List<Abbreviation> find(String text) {
        List<Abbreviation> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf('(', from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            from = open + 1;
            Abbreviation a = parenthesised(text, open, close);
            if (a != null) {
                out.add(a);
            }
        }
        addOrShort(text, out);
        // Each dash pattern is tried only when its dashes are in the text (most texts have none of the first and no
        // hyphen before a capital): a search over the whole text tries a word at every letter.
        if (text.contains("--") || text.indexOf('\u2014') >= 0 || text.indexOf('\u2013') >= 0) {
            addDashed(text, DOUBLE_DASH, out);
        }
        if (hasHyphenBeforeCapital(text)) {
            for (MatchResult m : singleDashed(text)) {
                addDashed(m, out);
            }
        }
        out.sort((a, b) -> Integer.compare(a.shortStart(), b.shortStart()));
        return out;
    }

    /**
     * Whether a hyphen is followed by an upper-case letter ({@code \p{Lu}}) somewhere in {@code text}, and a later
     * hyphen by a lower-case one ({@code \p{Ll}}), as {@link #SINGLE_DASH} needs.
     */
    private static boolean hasHyphenBeforeCapital(String text) {
        int first = hyphenBefore(text, 0, Character.UPPERCASE_LETTER);
        return first >= 0 && hyphenBefore(text, first + 1, Character.LOWERCASE_LETTER) >= 0;
    }

    /** The first hyphen from {@code from} on followed by a letter of {@code type}, or -1. */
    private static int hyphenBefore(String text, int from, int type) {
        for (int i = text.indexOf('-', from); i >= 0 && i + 1 < text.length(); i = text.indexOf('-', i + 1)) {
            if (Character.getType(text.codePointAt(i + 1)) == type) {
                return i;
            }
        }
        return -1;
    }

    private static Abbreviation parenthesised(String text, int open, int close) {
        String inside = text.substring(open + 1, close);
        int cut = indexOfAny(inside, ";,");
        if (cut >= 0) {
            inside = inside.substring(0, cut);
        }
        String sf = inside.strip();
        int sfStart = open + 1 + inside.indexOf(sf.isEmpty() ? " " : sf);
        if (sf.isEmpty()) {
            return null;
        }
        String before = text.substring(sentenceStart(text, open), open);
        if (words(sf) <= 2 && sf.length() <= before.strip().length()) {
            if (!isShortForm(sf)) {
                return null;
            }
            String window = lastWords(before, Math.min(letters(sf) + 5, letters(sf) * 2));
            String lf = bestLongForm(sf, trimQuotes(window));
            lf = lf == null ? null : trimQuotes(lf);
            if (lf == null || !valid(sf, lf)) {
                return null;
            }
            int lfStart = text.lastIndexOf(lf, open);
            return new Abbreviation(sf, lf, lfStart, lfStart + lf.length(), sfStart);
        }
        // "SHORT (long form)": the short form is the word before the parenthesis.
        String beforeTrim = before.stripTrailing();
        int sp = Math.max(beforeTrim.lastIndexOf(' '), beforeTrim.lastIndexOf('\n'));
        String candidate = trimQuotes(beforeTrim.substring(sp + 1));
        if (!isShortForm(candidate) || !hasCapital(candidate)) {
            return null;
        }
        String lf = bestLongForm(candidate, sf);
        if (lf == null || !lf.equals(sf) || !valid(candidate, lf)) {
            return null;
        }
        int shortStart = text.lastIndexOf(candidate, open);
        return new Abbreviation(candidate, lf, sfStart, sfStart + lf.length(), shortStart);
    }

    private static void addOrShort(String text, List<Abbreviation> out) {
        Matcher m = OR_SHORT.matcher(text);
        while (m.find()) {
            String sf = m.group(1);
            if (!isShortForm(sf) || !hasCapital(sf.substring(1))) {
                continue;
            }
            String before = text.substring(sentenceStart(text, m.start()), m.start());
            String lf = bestLongForm(sf, lastWords(before, Math.min(letters(sf) + 5, letters(sf) * 2)));
            lf = lf == null ? null : trimQuotes(lf);
            if (lf != null && valid(sf, lf)) {
                int lfStart = text.lastIndexOf(lf, m.start());
                out.add(new Abbreviation(sf, lf, lfStart, lfStart + lf.length(), m.start(1)));
            }
        }
    }

    private static void addDashed(String text, Pattern p, List<Abbreviation> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            addDashed(m, out);
        }
    }

    private static void addDashed(MatchResult m, List<Abbreviation> out) {
        String sf = m.group(1);
        String lf = m.group(2).strip();
        if (!isShortForm(sf) || !hasCapital(sf.substring(1)) && !hasCapital(sf)) {
            return;
        }
        String found = bestLongForm(sf, lf);
        if (found != null && found.equals(lf) && valid(sf, lf) && words(lf) <= Math.min(letters(sf) + 5,
                letters(sf) * 2)) {
            out.add(new Abbreviation(sf, lf, m.start(2), m.start(2) + lf.length(), m.start(1)));
        }
    }

    /** The most characters {@link #SINGLE_DASH}'s short form takes: ten letters or digits, each perhaps a pair. */
    private static final int SINGLE_DASH_SHORT = 20;

    /**
     * The matches of {@link #SINGLE_DASH} in {@code text}, as {@code find} gives them, but tried only where one can
     * start: its short form (two to ten letters and digits, no hyphen) ends right before a hyphen followed by a
     * capital, so a match starts 2 to {@value #SINGLE_DASH_SHORT} characters before such a hyphen. A search over the
     * whole text tried the pattern at every character (1.4% of a whole extraction's samples, JFR, 4 December).
     */
    static List<MatchResult> singleDashed(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = SINGLE_DASH.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        // No match starts before pos; the next hyphen before a capital is looked for from h.
        int pos = 0;
        int from = 0;
        for (int h = hyphenBefore(text, from, Character.UPPERCASE_LETTER); h >= 0;
                h = hyphenBefore(text, from, Character.UPPERCASE_LETTER)) {
            boolean matched = false;
            for (int p = Math.max(pos, h - SINGLE_DASH_SHORT); p <= h - 2; p++) {
                m.region(p, n);
                if (m.lookingAt()) {
                    found.add(m.toMatchResult());
                    pos = m.end();
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                pos = Math.max(pos, h - 1);
            }
            from = Math.max(h + 1, pos);
        }
        return found;
    }

    /**
     * Schwartz and Hearst's match: the shortest suffix of {@code candidate} whose words contain the characters of
     * {@code sf} in order (case-insensitively, letters and digits only), the first one starting a word; or null.
     */
    static String bestLongForm(String sf, String candidate) {
        int s = sf.length() - 1;
        int l = candidate.length() - 1;
        for (; s >= 0; s--) {
            char c = Character.toLowerCase(sf.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (l >= 0 && (Character.toLowerCase(candidate.charAt(l)) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(candidate.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
        }
        int start = Math.max(candidate.lastIndexOf(' ', l), candidate.lastIndexOf('\n', l)) + 1;
        return candidate.substring(start).strip();
    }

    private static boolean valid(String sf, String lf) {
        if (lf.length() <= sf.length() || words(lf) < 2 && !lf.contains("-")) {
            return false;
        }
        for (String w : lf.split("[\\s-]+")) {
            if (w.equalsIgnoreCase(sf)) {
                return false;
            }
        }
        return true;
    }

    /** 2 to 10 characters, a letter among them, starting with a letter or digit. */
    static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > 10 || !Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isWhitespace)
                || words(s) == 2 && s.length() <= 10 && s.chars().anyMatch(Character::isUpperCase);
    }

    private static boolean hasCapital(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetterOrDigit).count();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String lastWords(String s, int n) {
        String t = s.stripTrailing();
        int i = t.length();
        int count = 0;
        while (i > 0 && count < n) {
            int sp = Math.max(t.lastIndexOf(' ', i - 1), t.lastIndexOf('\n', i - 1));
            count++;
            i = sp < 0 ? 0 : sp;
        }
        return t.substring(i).stripLeading();
    }

    private static String trimQuotes(String s) {
        String t = s.strip();
        while (!t.isEmpty() && isQuote(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        while (!t.isEmpty() && isQuote(t.charAt(0))) {
            t = t.substring(1).stripLeading();
        }
        return t;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d';
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Abbreviations are found within a sentence: look back no further than the last sentence end. */
    private static int sentenceStart(String text, int pos) {
        for (int i = pos - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }
}
