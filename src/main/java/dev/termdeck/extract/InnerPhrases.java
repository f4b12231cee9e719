package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drops an English candidate whose words stand, in order, inside a better-scored candidate of the same document
 * ("Parallel Implicit Predictor" below "Parallel Implicit Predictor Corrector", "supervisory control" below
 * "supervisory control scheme", "NuVox" below "NuVox Communications"): the piece only repeats part of a card already
 * made, and on the Inspec tune split such pieces matched an indexer's keyphrase in 17% of cases against 46% for the
 * other terms. A piece the text abbreviates or defines on its own stays. Stateless.
 */
final class InnerPhrases {
    private InnerPhrases() {
    }

    /** {@code bestFirst} without the English candidates that are inside a better one kept before them. */
    static List<ScoredCandidate> drop(List<ScoredCandidate> bestFirst) {
        List<ScoredCandidate> kept = new ArrayList<>(bestFirst.size());
        List<String> keptWords = new ArrayList<>();
        for (ScoredCandidate s : bestFirst) {
            TermCandidate c = s.candidate();
            if (c.lang() != Lang.EN) {
                kept.add(s);
                continue;
            }
            String words = words(c.text());
            boolean own = c.abbr() != null || c.definition() != null;
            if (!own && keptWords.stream().anyMatch(w -> w.length() > words.length() && w.contains(words))) {
                continue;
            }
            kept.add(s);
            keptWords.add(words);
        }
        return kept;
    }

    /** The text lower-cased, hyphens as spaces, with a space at either end, so that only whole words match. */
    static String words(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    }
}
