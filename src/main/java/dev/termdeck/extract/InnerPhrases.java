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
 * terms. A piece that ends the better one is its head term ("Gaussian distribution" below "asymptotically Gaussian
 * distribution") and stays. A piece the text abbreviates or defines stays. Stateless.
 */
final class InnerPhrases {
    private InnerPhrases() {
    }

    /** {@code bestFirst} without the English candidates that are inside a better one kept before them. */
    static List<ScoredCandidate> drop(List<ScoredCandidate> bestFirst) {
        List<ScoredCandidate> kept = new ArrayList<>(bestFirst.size());
        List<String> keptWords = new ArrayList<>();
        List<Integer> keptFrequency = new ArrayList<>();
        for (ScoredCandidate s : bestFirst) {
            TermCandidate c = s.candidate();
            if (c.lang() != Lang.EN) {
                kept.add(s);
                continue;
            }
            String words = words(c.text());
            if (c.abbr() == null && c.definition() == null && isPiece(c, words, keptWords, keptFrequency)) {
                continue;
            }
            kept.add(s);
            keptWords.add(words);
            keptFrequency.add(c.frequency());
        }
        return kept;
    }

    /**
     * Inside exactly one kept candidate and said no more often than it: a piece of that one. As in C-value, a phrase
     * inside two or more ("model selection" in "LDA model selection" and "model selection criterion") is the term they
     * share, and one said more often than the longer one ("pretraining" beside "model pretraining") stands on its own.
     */
    private static boolean isPiece(TermCandidate c, String words, List<String> keptWords,
            List<Integer> keptFrequency) {
        boolean inside = false;
        int outerFrequency = 0;
        for (int i = 0; i < keptWords.size(); i++) {
            String w = keptWords.get(i);
            if (w.length() > words.length() && w.contains(words) && !w.endsWith(words)) {
                if (inside) {
                    return false;
                }
                inside = true;
                outerFrequency = keptFrequency.get(i);
            }
        }
        return inside && c.frequency() <= outerFrequency;
    }

    /** The text lower-cased, hyphens as spaces, with a space at either end, so that only whole words match. */
    static String words(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    }
}
