package dev.termdeck.extract.align;

import opennlp.tools.stemmer.PorterStemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English text into the words alignment compares: letters and digits, a hyphenated compound one word per part
 * ({@code trajectory-conditioned}: {@code trajectory}, {@code conditioned}, as Chinese renders each part), compared
 * by their stems. Function words (articles, prepositions, pronouns, auxiliaries) are no content: a
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

    /** OpenNLP's Porter stemmer keeps state while it stems: one per thread. */
    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

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
            boolean content = !FUNCTION.contains(lower);
            boolean joined = previousEnd < 0 || text.substring(previousEnd, m.start()).matches("[\\s\\-‐‑]*");
            out.add(new Word(form, norm(form), m.start(), m.start() + form.length(), content, content, joined, false));
            previousEnd = m.end();
        }
        return out;
    }

    /**
     * The compared form of one word: an abbreviation or name in lower case without a plural s ({@code GANs}:
     * {@code gan}); any other word by its Porter stem ({@code Enhanced}, {@code enhances}: {@code enhanc}), so
     * that the inflections of a word share what is learned about its translation.
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
        return STEMMER.get().stem(lower).toString();
    }

    /** Whether {@code lowerWord} is a function word. */
    static boolean isFunctionWord(String lowerWord) {
        return FUNCTION.contains(lowerWord);
    }
}
