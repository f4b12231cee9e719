package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drops an English candidate whose words stand, in order, inside a better-scored candidate of the same document
 * without ending it ("Parallel Implicit Predictor" below "Parallel Implicit Predictor Corrector", "supervisory
 * control" below "supervisory control scheme", "NuVox" below "NuVox Communications"): the piece is a name cut short,
 * and on the Inspec tune split such pieces matched an indexer's keyphrase in 16% of cases against 46% for the other
 * terms. That holds as well for a piece inside two better ones ("state feedback" in "state feedback controller" and
 * "adaptive state feedback control") and for one said more often than the better one ("Virginia Tech", "sense
 * amplifier"): kept by the rules of C-value until now, they matched in 15% and 20% of cases (26 and 51
 * candidates; docs/QUALITY.md, Precision). A piece that ends the better one is its head term ("Gaussian
 * distribution" below "asymptotically Gaussian distribution") and stays, wherever else it stands. A piece the text
 * abbreviates or defines stays. Stateless.
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
            if (c.abbr() == null && c.definition() == null && isPiece(words, keptWords)) {
                continue;
            }
            kept.add(s);
            keptWords.add(words);
        }
        return kept;
    }

    /**
     * Inside a kept candidate without ending it, and ending none: the head of a kept candidate ("model selection" of
     * "LDA model selection") is a term of its own wherever else it stands ("model selection criterion").
     */
    private static boolean isPiece(String words, List<String> keptWords) {
        boolean inside = false;
        for (String w : keptWords) {
            if (w.length() > words.length() && w.contains(words)) {
                if (w.endsWith(words)) {
                    return false;
                }
                inside = true;
            }
        }
        return inside;
    }

    /** The text lower-cased, hyphens as spaces, with a space at either end, so that only whole words match. */
    static String words(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    }
}
