package dev.termdeck.extract.en;

/**
 * How far an English candidate's words are from everyday English, for {@link Termhood}: the SCOWL size of the smallest
 * word list that has each word. Stateless apart from the immutable lexicon; thread-safe.
 */
final class Specificity {
    private final EnglishLexicon lexicon;

    Specificity(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * How far the phrase's words are from everyday English, in [0, 1]: the mean of each word's rarity, measured by the
     * SCOWL size of the smallest word list that has it (0 for the most common words, 0.3 for size 50, 0.7 for 70, 1 for
     * a word on none of them; a hyphenated word takes its rarest part). A word written with a capital or an acronym is
     * a name, which says nothing of the field: 0.5.
     */
    double of(String[] words) {
        double sum = 0;
        for (String w : words) {
            sum += rarity(w);
        }
        return sum / words.length;
    }

    private double rarity(String w) {
        if (Words.isAcronymLike(w) || Character.isUpperCase(w.charAt(0)) && !lexicon.isListedWord(w)) {
            return 0.5;
        }
        double r = 0;
        for (String part : w.split("-")) {
            if (!part.isEmpty() && isLetters(part)) {
                int level = lexicon.level(part);
                r = Math.max(r, level <= EnglishLexicon.COMMON ? 0 : level <= EnglishLexicon.EVERYDAY ? 0.3
                        : level <= 70 ? 0.7 : 1);
            }
        }
        return r;
    }

    /** Letters only (UTF-16 units, as {@code chars()} gives them); a loop: asked of every word of every candidate. */
    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
