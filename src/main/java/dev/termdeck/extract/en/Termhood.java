package dev.termdeck.extract.en;

import java.util.Locale;
import java.util.Set;

/**
 * How term-like an English candidate is within its document, in [0, 1] (0: not a term at all), from the document's
 * own evidence:
 * <ul>
 *   <li>length: two- and three-word phrases are the most typical terms (0.6); single words need to be a name
 *       ("BLOOM", "PopQA") or a word outside everyday English ("inpainting"), or to be defined; phrases of five words
 *       or more are rarely terms;</li>
 *   <li>frequency in the document, +0.1 per repeat up to two;</li>
 *   <li>specificity: the share of its words outside everyday English, up to +0.1;</li>
 *   <li>nesting, as in C-value: a phrase seen only inside longer ones must be inside at least two different ones,
 *       and counts less;</li>
 *   <li>a generic head ("result", "performance", "adoption") makes a phrase no term, unless it is an abbreviation's
 *       long form or its modifier is a name ("Sum-of-Squares method").</li>
 * </ul>
 * Stateless apart from the immutable lexicon; thread-safe.
 */
final class Termhood {
    private final EnglishLexicon lexicon;

    Termhood(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    double of(CandidateTally.Entry e, String text, Set<String> names, boolean defined) {
        String[] words = text.split(" ");
        int n = words.length;
        String head = words[n - 1].toLowerCase(Locale.ROOT);
        boolean abbreviated = e.abbr != null;
        if (e.onlyNested() && e.parents.size() < 2) {
            return 0;
        }
        double base;
        if (n == 1) {
            boolean name = NounPhrases.isAcronymLike(text) || names.contains(text);
            boolean rare = e.singleNoun && text.length() >= 5 && !lexicon.isGeneral(text)
                    && text.chars().allMatch(c -> Character.isLetter(c) || c == '-');
            if (!(name || rare || defined || abbreviated) || lexicon.isGenericHead(head)) {
                return 0;
            }
            base = name ? 0.55 : 0.5;
        } else {
            if (lexicon.isGenericHead(head) && !abbreviated && !nameBefore(words, names)) {
                return 0;
            }
            base = switch (n) {
                case 2, 3 -> 0.6;
                case 4 -> 0.5;
                case 5 -> 0.4;
                default -> 0.3;
            };
        }
        double t = base + 0.1 * Math.min(2, e.frequency() - 1) + 0.1 * specificity(words);
        if (e.onlyNested()) {
            t *= 0.8;
        }
        return Math.max(0, Math.min(1, t));
    }

    /** "Sum-of-Squares method", "Monte Carlo simulation": a name or a hyphenated compound before the head. */
    private static boolean nameBefore(String[] words, Set<String> names) {
        String w = words[words.length - 2];
        return NounPhrases.isAcronymLike(w) || names.contains(w) || w.contains("-") && Character.isUpperCase(
                w.charAt(0));
    }

    private double specificity(String[] words) {
        int rare = 0;
        for (String w : words) {
            for (String part : w.split("-")) {
                if (!part.isEmpty() && !lexicon.isGeneral(part)) {
                    rare++;
                    break;
                }
            }
        }
        return rare / (double) words.length;
    }
}
