package dev.termdeck.deck;

import java.text.Normalizer;
import java.util.Locale;

/** Derives stable card ids from terms. Stateless and thread-safe. */
public final class CardIds {
    private CardIds() {
    }

    /**
     * The id for a term: NFKC, lower case, every run of characters that are not letters or digits turned into one
     * hyphen ({@code "Chain-of-Thought prompting"} gives {@code chain-of-thought-prompting}; letters of any script are
     * kept, so {@code 涌现能力} stays as it is; a plus sign is the word {@code plus}, so that {@code FruitNeRF++} gives
     * {@code fruitnerf-plus-plus}, not the id of {@code FruitNeRF}).
     *
     * @throws IllegalArgumentException when the term has no letter or digit
     */
    public static String fromTerm(String term) {
        String norm = Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(norm.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < norm.length(); ) {
            int cp = norm.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '+') {
                // "FruitNeRF++" is another name than "FruitNeRF" (its predecessor): fruitnerf-plus-plus.
                sb.append(sb.length() > 0 ? "-plus" : "plus");
                pendingHyphen = true;
            } else if (Character.isLetterOrDigit(cp)) {
                if (pendingHyphen && sb.length() > 0) {
                    sb.append('-');
                }
                pendingHyphen = false;
                sb.appendCodePoint(cp);
            } else {
                pendingHyphen = true;
            }
        }
        if (sb.length() == 0) {
            throw new IllegalArgumentException("term '" + term + "' has no letter or digit to make an id from");
        }
        return sb.toString();
    }
}
