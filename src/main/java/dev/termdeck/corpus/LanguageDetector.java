package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells English from Chinese text by script, and English from other Latin-script languages by the share of English
 * function words. termdeck reads only these two languages, for which the script is decisive; this avoids loading a
 * language-identification model for every corpus read. Stateless and thread-safe.
 */
public final class LanguageDetector {
    /** The most frequent English function words; they make up a third of running English text. */
    private static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "we", "on", "with", "as", "are", "by", "this",
            "be", "an", "it", "from", "our", "which", "can", "these", "their", "or", "at", "such", "not", "has",
            "have", "its", "was", "were", "been", "how", "while", "than", "into", "both", "also", "but", "they",
            "more", "most", "over", "between", "when", "where", "however", "only", "using", "show", "new");

    private LanguageDetector() {
    }

    /** The language of {@code text}, or empty when it is neither English nor Chinese (or has no letters). */
    public static Optional<Lang> detect(String text) {
        int han = 0;
        int words = 0;
        int english = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            if (cp < 0x250 && Character.isLetter(cp)) {
                word.append((char) cp);
            } else if (word.length() > 0) {
                words++;
                if (ENGLISH.contains(word.toString().toLowerCase(Locale.ROOT))) {
                    english++;
                }
                word.setLength(0);
            }
        }
        // One hanzi carries about as much as one English word: compare hanzi with Latin words, not letters.
        if (han > 0 && han >= words) {
            return Optional.of(Lang.ZH);
        }
        if (words > 0 && (english >= words * 0.12 || words < 8 && han == 0)) {
            return Optional.of(Lang.EN);
        }
        return han > 0 && han * 3 >= words ? Optional.of(Lang.ZH) : Optional.empty();
    }
}
