package dev.termdeck.extract.en;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The possessives a text writes for what belongs to someone it speaks of ("Java's garbage collector"), told from an
 * eponym's ("adjusted Hotelling's test", "Alzheimer's disease"), for {@link Mentions}. Stateless; thread-safe.
 */
final class Possessives {
    private Possessives() {
    }

    /**
     * "Java's garbage collector", "Freshwater Software's SiteSeer", "Documentum's president": a possessive whose
     * owner is written on its own elsewhere in the text or is two capitalised words or more, or whose possessed
     * thing is a name of its own ("Microsoft's BizTalk platform"): the thing belongs to someone the text speaks of.
     * An eponym's owner is written only in its possessive ("adjusted Hotelling's test", "Young's modulus",
     * "Alzheimer's disease"), whether or not SCOWL knows the name.
     */
    static boolean isOwners(String[] words, String text, EnglishLexicon lexicon) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (!PhraseForms.isPossessive(words[i])) {
                continue;
            }
            String owner = words[i].substring(0, words[i].length() - 2);
            if (owner.isEmpty() || !Character.isUpperCase(owner.charAt(0))) {
                return false;
            }
            if (i > 0 && Character.isUpperCase(words[i - 1].charAt(0)) || isName(words, i + 1, lexicon)) {
                return true;
            }
            return isWrittenAlone(owner, text) || isEndOfLongerName(owner, text);
        }
        return false;
    }

    /**
     * Whether the words from {@code from} on start with a name of its own: two capitalised words ("Toronto's Mount
     * Sinai Hospital") or a capitalised word no English word list has ("Microsoft's BizTalk platform"); "Lob's
     * Theorem" is an eponym written with capitals.
     */
    private static boolean isName(String[] words, int from, EnglishLexicon lexicon) {
        String w = words[from];
        if (!Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        return from + 1 < words.length && Character.isUpperCase(words[from + 1].charAt(0))
                || w.chars().allMatch(Character::isLetter) && lexicon.level(w) == EnglishLexicon.RARE;
    }

    /** "the Beijing Institute of Technology's digital-driving project": the owner ends a name joined by "of". */
    private static boolean isEndOfLongerName(String owner, String text) {
        return text.contains(" of " + owner + "'s") && Pattern.compile("\\p{Lu}[\\p{L}-]* of " + Pattern.quote(owner)
                + "'s").matcher(text).find();
    }

    /** Whether {@code word} stands in {@code text} as a word of its own, not followed by a possessive "'s". */
    private static boolean isWrittenAlone(String word, String text) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '-';
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    && text.charAt(end) != '-' && text.charAt(end) != '\'' && text.charAt(end) != '’';
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /**
     * An eponym written without its possessive ("Lemke's algorithm" is also "Lemke algorithm", "Poisson's equation"
     * "Poisson equation"): the form the Inspec indexers write (docs/QUALITY.md, Precision, twelfth session), kept as
     * the term's other written form. Null unless a capitalised owner's "'s" stands before a word; an owner that is an
     * everyday English word makes an eponym only before lower-case words ("Newton's method", not "Bird's Eye View").
     */
    static String withoutPossessive(String shown, EnglishLexicon lexicon) {
        String[] words = shown.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (!PhraseForms.isPossessive(words[i]) || words[i].length() < 3
                    || !Character.isUpperCase(words[i].charAt(0))) {
                continue;
            }
            String owner = words[i].substring(0, words[i].length() - 2);
            String after = String.join(" ", Arrays.asList(words).subList(i + 1, words.length));
            if (lexicon.isProperNoun(owner) || lexicon.level(owner) > EnglishLexicon.EVERYDAY
                    || after.equals(after.toLowerCase(Locale.ROOT))) {
                words[i] = owner;
                return String.join(" ", words);
            }
            return null;
        }
        return null;
    }
}
