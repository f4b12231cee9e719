package dev.termdeck.corpus;

import dev.termdeck.core.Lang;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a translation a page or a JSONL line carries can be read as the other version of its paper. It
 * cannot when it is empty, in the wrong language (the original's, or not the one its label names), or cut off: its
 * last sentence unfinished, or far too short for the original (a Chinese abstract has about 1.5 hanzi per word of the
 * English; real translations, often condensed, stay above 0.35 of that; a cut-off one falls below 0.2). The paper is
 * then read in its original language alone. Stateless.
 */
final class TranslationCheck {
    /** Hanzi per English word in a translation of typical length. */
    private static final double HANZI_PER_WORD = 1.5;
    /** Below this share of the length expected from the original, a translation is cut off. */
    private static final double MIN_LENGTH_SHARE = 0.2;
    private static final Pattern CLOSING = Pattern.compile("[\\s)）」』”\"'’】\\]*_]+$");
    private static final Pattern URL_OR_CODE = Pattern.compile("(?i).*(https?://|www\\.|github|\\.com|\\.org|\\.io)\\S*$");

    private TranslationCheck() {
    }

    /**
     * Why {@code translation} cannot be read beside an original of {@code originalText} in {@code original}
     * ({@code "is empty"}, {@code "is cut off"}, {@code "is in English, not Chinese"}), or empty when it can.
     */
    static Optional<String> problem(Lang original, String originalText, RawDocument.Translation translation) {
        String text = translation.text().strip();
        if (text.isEmpty()) {
            return Optional.of("is empty");
        }
        Optional<Lang> detected = LanguageDetector.detect(text);
        if (detected.isEmpty()) {
            return Optional.of("is neither English nor Chinese");
        }
        Lang lang = detected.get();
        if (translation.expected() != null && lang != translation.expected()) {
            return Optional.of("is in " + name(lang) + ", not " + name(translation.expected()));
        }
        if (lang == original) {
            return Optional.of("is in " + name(lang) + ", the language of the original");
        }
        if (!finished(text, lang) || tooShort(original, originalText, text)) {
            return Optional.of("is cut off");
        }
        return Optional.empty();
    }

    /** Whether the last sentence ends: sentence punctuation, or a last piece that is no prose (a link, a code name). */
    private static boolean finished(String text, Lang lang) {
        String t = CLOSING.matcher(text).replaceFirst("");
        if (t.isEmpty()) {
            return false;
        }
        int last = Math.max(lastIndexOfAny(t, "。！？!?…；;"), lastSentenceDot(t));
        String tail = t.substring(last + 1).strip();
        if (tail.isEmpty() || URL_OR_CODE.matcher(tail).matches()) {
            return true;
        }
        return lang == Lang.ZH ? hanzi(tail) == 0 : words(tail) < 3;
    }

    private static boolean tooShort(Lang original, String originalText, String translation) {
        double expected = original == Lang.EN ? words(originalText) * HANZI_PER_WORD : hanzi(originalText) / HANZI_PER_WORD;
        double actual = original == Lang.EN ? hanzi(translation) : words(translation);
        return expected >= 20 && actual < expected * MIN_LENGTH_SHARE;
    }

    private static int lastIndexOfAny(String s, String chars) {
        int best = -1;
        for (int i = 0; i < chars.length(); i++) {
            best = Math.max(best, s.lastIndexOf(chars.charAt(i)));
        }
        return best;
    }

    /** The last full stop that ends a sentence (followed by a space or the end), not one inside "3.5" or "e.g". */
    private static int lastSentenceDot(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (s.charAt(i) == '.' && (i == s.length() - 1 || Character.isWhitespace(s.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    static long hanzi(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = s.charAt(i) < 0x250 && Character.isLetter(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static String name(Lang lang) {
        return lang == Lang.EN ? "English" : "Chinese";
    }
}
