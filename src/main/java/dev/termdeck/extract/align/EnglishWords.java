package dev.termdeck.extract.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English text into the words alignment compares: letters and digits, a hyphenated compound one word per part
 * ({@code trajectory-conditioned}: {@code trajectory}, {@code conditioned}, as Chinese renders each part), compared
 * in lower case without inflection. Function words (articles, prepositions, pronouns, auxiliaries) are no content: a
 * translation does not render them word for word. Stateless.
 */
final class EnglishWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][sS])?");
    private static final Set<String> FUNCTION = Set.of(
            "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto",
            "as", "via", "than", "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "it", "its",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can",
            "could", "may", "might", "will", "would", "shall", "should", "must", "we", "our", "us", "they", "their",
            "them", "he", "she", "his", "her", "i", "you", "your", "not", "no", "nor", "but", "if", "then", "so",
            "such", "both", "either", "each", "also", "while", "when", "where", "how", "why", "there", "here",
            "about", "over", "under", "between", "among", "through", "during", "without", "within", "across",
            "upon", "per", "whether", "however", "thus", "hence", "therefore", "moreover", "furthermore");

    private EnglishWords() {
    }

    /** The words of {@code text}, in order. */
    static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            String form = m.group();
            if (form.endsWith("'s") || form.endsWith("’s") || form.endsWith("'S") || form.endsWith("’S")) {
                form = form.substring(0, form.length() - 2);
            }
            String lower = form.toLowerCase(Locale.ROOT);
            // A capitalised part of a hyphenated name is content, function word or not (We-Be).
            boolean inName = !lower.equals(form) && (m.start() > 0 && text.charAt(m.start() - 1) == '-'
                    || m.end() < text.length() && text.charAt(m.end()) == '-');
            boolean content = inName || !FUNCTION.contains(lower);
            boolean joined = previousEnd < 0 || text.substring(previousEnd, m.start()).matches("[\\s\\-‐‑]*");
            out.add(new Word(form, norm(form), m.start(), m.start() + form.length(), content, content, joined, false));
            previousEnd = m.end();
        }
        return out;
    }

    /**
     * The compared form of one word: an abbreviation or name in lower case without a plural s ({@code GANs}:
     * {@code gan}); any other word in lower case without its inflection ({@code Enhanced}, {@code enhances}:
     * {@code enhanc}), so that the forms of a word share what is learned about its translation.
     */
    static String norm(String word) {
        boolean acronym = word.length() > 1 && word.chars().filter(Character::isUpperCase).count() > 1;
        if (acronym && word.endsWith("s")) {
            return word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (acronym || lower.chars().anyMatch(Character::isDigit)) {
            return lower;
        }
        return withoutInflection(lower);
    }

    /**
     * A word without its inflection: plural and third-person s, -ed, -ing, and a final e ({@code enhances},
     * {@code enhanced}, {@code enhancing}, {@code enhance}: {@code enhanc}). Derivation is kept (a stemmer's
     * {@code gener} would make one word of "generation" and "generalization"; {@code control} of "controllability").
     */
    static String withoutInflection(String w) {
        String s = w;
        int n = s.length();
        if (n > 4 && s.endsWith("ies") || n > 4 && s.endsWith("ied")) {
            s = s.substring(0, n - 3) + "y";
        } else if (n > 4 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
            s = s.substring(0, n - 2);
        } else if (n > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, n - 1);
        } else if (n > 5 && s.endsWith("ing")) {
            s = undouble(s.substring(0, n - 3));
        } else if (n > 4 && s.endsWith("ed")) {
            s = undouble(s.substring(0, n - 2));
        }
        return s.length() > 3 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
    }

    /** {@code controll} of "controlled": one of two final consonants. */
    private static String undouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiou".indexOf(s.charAt(n - 1)) < 0
                && s.charAt(n - 1) != 's' && s.charAt(n - 1) != 'l') {
            return s.substring(0, n - 1);
        }
        return s;
    }

    /** Whether {@code lowerWord} is a function word. */
    static boolean isFunctionWord(String lowerWord) {
        return FUNCTION.contains(lowerWord);
    }
}
