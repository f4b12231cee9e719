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
 *   <li>specificity: the share of its words outside everyday English, up to +0.2; a head word typical of the field
 *       ("bias", "estimation"), +0.1;</li>
 *   <li>a phrase seen only in lists of examples of fields ("many domains, such as health care, public policy")
 *       counts less;</li>
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
            boolean rare = e.singleNoun && text.length() >= 5 && !allGeneral(text) && !startsWithFunctionWord(text)
                    && text.chars().allMatch(c -> Character.isLetter(c) || c == '-');
            boolean ambiguous = name && letters(text) <= 2;
            if (!(name && !ambiguous || rare || defined || abbreviated) || lexicon.isGenericHead(head)
                    || lexicon.isContainerHead(head) || lexicon.isGenericModifier(head)) {
                return 0;
            }
            base = name ? 0.35 : 0.25;
        } else {
            if (lexicon.isGenericHead(head) && !abbreviated && !NounPhrases.isNamedModifier(words[n - 2], names)) {
                return 0;
            }
            if (!abbreviated && e.adjectiveFirst && isWeakPhrase(words)) {
                return 0;
            }
            base = switch (n) {
                case 2, 3 -> 0.6;
                case 4 -> 0.5;
                case 5 -> 0.4;
                default -> 0.3;
            };
        }
        // As in C-value, occurrences inside longer phrases are not evidence of their own.
        int repeats = e.onlyNested() ? 0 : Math.min(2, e.frequency() - 1);
        double t = base + 0.1 * repeats + 0.2 * specificity(words) + (lexicon.isFieldWord(head) ? 0.1 : 0);
        if (e.onlyNested()) {
            t *= 0.8;
        }
        if (e.onlyExample()) {
            t *= 0.6;
        }
        return Math.max(0, Math.min(1, t));
    }

    /**
     * "large model", "pre-trained model", "large data set": an everyday, descriptive adjective before weak heads
     * says how the thing is, not what it is. Relational adjectives ("convolutional", "tabular"), words outside
     * everyday English ("autoregressive") and compounds name a kind and are kept.
     */
    private boolean isWeakPhrase(String[] words) {
        String modifier = words[0].toLowerCase(Locale.ROOT);
        for (int i = 1; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            boolean weak = lexicon.isWeakHead(w) || lexicon.isGenericHead(w)
                    || i == words.length - 1 && NounPhrases.isAcronymLike(words[i]) && words.length == 2;
            if (!weak) {
                return false;
            }
        }
        boolean participle = modifier.endsWith("ed");
        return !modifier.contains("-") && (participle || lexicon.isGeneral(modifier) && !isRelational(modifier));
    }

    private static boolean isRelational(String adjective) {
        for (String suffix : new String[] {"al", "ic", "ary", "ar", "ian", "ical", "ory"}) {
            if (adjective.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Every part of a hyphenated word is everyday English ("question-answering", "exponential-time"). */
    private boolean allGeneral(String word) {
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !lexicon.isGeneral(part)) {
                return false;
            }
        }
        return true;
    }

    /** "on-theedge", "in-context": a hyphenated word led by a preposition is a modifier, not a thing. */
    private static boolean startsWithFunctionWord(String word) {
        int hyphen = word.indexOf('-');
        String first = hyphen < 0 ? "" : word.substring(0, hyphen).toLowerCase(Locale.ROOT);
        return Set.of("on", "in", "at", "of", "to", "by", "for", "off", "out", "up", "non", "self").contains(first);
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
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
