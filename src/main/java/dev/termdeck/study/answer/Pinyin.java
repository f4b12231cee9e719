package dev.termdeck.study.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pinyin reduced to what a learner's typing can be compared on: the letters without tones ({@code ü} written
 * {@code v}, however it was typed: {@code ü}, {@code v} or {@code u:}) and the sequence of tones given, from tone
 * marks ({@code lǜ}) or numbers ({@code lv4}). Spaces, apostrophes and hyphens are ignored; neutral tones (no mark,
 * 5 or 0) are not counted. Immutable.
 *
 * @param letters the lower-case letters, without tones, {@code ü} as {@code v}
 * @param tones   the tones given, in order (1 to 4)
 */
public record Pinyin(String letters, List<Integer> tones) {
    public Pinyin {
        tones = List.copyOf(tones);
    }

    /** Parses pinyin as written on a card or typed by a learner. */
    public static Pinyin parse(String text) {
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder();
        List<Integer> tones = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u0304' -> tones.add(1);
                case '\u0301' -> tones.add(2);
                case '\u030C' -> tones.add(3);
                case '\u0300' -> tones.add(4);
                case '\u0308' -> umlaut(letters);
                case ':' -> umlaut(letters);
                case '1', '2', '3', '4' -> tones.add(c - '0');
                default -> {
                    if (c >= 'a' && c <= 'z') {
                        letters.append(c);
                    }
                }
            }
        }
        return new Pinyin(letters.toString(), tones);
    }

    /** Turns a {@code u} just written into {@code v} (the ASCII spelling of {@code ü}). */
    private static void umlaut(StringBuilder letters) {
        int last = letters.length() - 1;
        if (last >= 0 && letters.charAt(last) == 'u') {
            letters.setCharAt(last, 'v');
        }
    }

    /** Whether the text looks like pinyin rather than hanzi (it has Latin letters and no hanzi). */
    static boolean looksLikePinyin(String text) {
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return false;
            }
            latin |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
        }
        return latin;
    }

    /**
     * {@code pinyin} (with tone marks, as on a card) written the way {@code typed} writes tones: with tone numbers
     * after each syllable ({@code lian2}), with marks, or without tones; so that a diff shows only real differences.
     */
    static String inStyleOf(String pinyin, String typed) {
        String t = Normalizer.normalize(typed, Normalizer.Form.NFD);
        boolean numbers = t.chars().anyMatch(c -> c >= '1' && c <= '5');
        boolean marks = t.chars().anyMatch(c -> c == '\u0304' || c == '\u0301' || c == '\u030C' || c == '\u0300');
        if (marks && !numbers) {
            return pinyin;
        }
        StringBuilder out = new StringBuilder();
        for (String syllable : pinyin.strip().split("\\s+")) {
            String d = Normalizer.normalize(syllable, Normalizer.Form.NFD);
            StringBuilder letters = new StringBuilder();
            int tone = 0;
            for (int i = 0; i < d.length(); i++) {
                char c = d.charAt(i);
                switch (c) {
                    case '\u0304' -> tone = 1;
                    case '\u0301' -> tone = 2;
                    case '\u030C' -> tone = 3;
                    case '\u0300' -> tone = 4;
                    default -> letters.append(c);
                }
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Normalizer.normalize(letters, Normalizer.Form.NFC));
            if (numbers && tone > 0) {
                out.append(tone);
            }
        }
        return out.toString();
    }

    /** The letters with {@code ü} as plain {@code u}, for a "close" match when only the umlaut is missing. */
    String withoutUmlaut() {
        return letters.replace('v', 'u');
    }
}
