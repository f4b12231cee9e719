package dev.termdeck.extract.en;

import dev.termdeck.extract.GenericPhrases;
import dev.termdeck.extract.TermCandidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drops the candidates of one document that only restate a neighbour, as C-value does for nested terms:
 * <ul>
 *   <li>a phrase seen at least as often inside longer candidates with the same head as on its own ("size
 *       distribution" beside "image size distribution"; "effect estimation", only inside "causal effect estimation"
 *       and "continual treatment effect estimation"): the longer phrases are the terms. A phrase inside a longer one
 *       with another head names another thing and stays ("LDA model" beside "LDA model selection");</li>
 *   <li>a candidate with an everyday, descriptive adjective before another candidate of the document that stands
 *       on its own at least as often ("stationary observational data" beside "observational data", "private sparse
 *       mean estimation" beside "sparse mean estimation"): the adjective describes, the shorter phrase is the
 *       term. Relational adjectives ("causal", "continual", "convolutional") name a kind and are kept.</li>
 * </ul>
 * A candidate that is abbreviated or defined is never dropped. Stateless apart from the immutable
 * lexicon; thread-safe.
 */
final class Nesting {
    /**
     * A candidate with what the tally knows of it.
     *
     * @param marked whether the text marks it as a term (an abbreviation, a definition)
     * @param known  whether the bilingual glossary lists it as a term
     */
    record Item(CandidateTally.Entry entry, TermCandidate candidate, boolean marked, boolean known) {
    }

    private final EnglishLexicon lexicon;

    Nesting(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The candidates kept, in the order given. */
    List<TermCandidate> kept(List<Item> items) {
        Map<String, Item> byKey = new HashMap<>();
        for (Item i : items) {
            byKey.put(GenericPhrases.normalize(i.candidate().text()), i);
        }
        // Each item's words and lower-case text, worked out once (insideLonger compares every pair).
        // By identity: an item's own hash code would hash the whole candidate (its text, variants, context).
        Map<Item, String> lower = new java.util.IdentityHashMap<>();
        Map<Item, Integer> words = new java.util.IdentityHashMap<>();
        for (Item i : items) {
            lower.put(i, " " + i.candidate().text().toLowerCase(Locale.ROOT));
            words.put(i, words(i.candidate().text()));
        }
        // Longer phrases are judged first, so that a phrase defers only to a longer one that is kept.
        List<Item> longestFirst = new ArrayList<>(items);
        longestFirst.sort(Comparator.comparingInt((Item i) -> -words.get(i)));
        Set<Item> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Item x : longestFirst) {
            if (x.marked() || !(insideLonger(x, kept, lower) || describes(x, byKey))) {
                kept.add(x);
            }
        }
        return items.stream().filter(kept::contains).map(Item::candidate).toList();
    }

    /**
     * Seen at least as often inside a kept longer phrase with the same head as on its own. A glossary term seen on its
     * own, or inside longer phrases that do not all hold that one ("model selection" in "LDA model selection" and in
     * "alternative model selection criteria"), stays.
     */
    private static boolean insideLonger(Item x, Set<Item> kept, Map<Item, String> lower) {
        CandidateTally.Entry e = x.entry();
        if (e.nested < Math.max(1, e.whole) || x.known() && e.whole > 0) {
            return false;
        }
        String inner = lower.get(x);
        for (Item y : kept) {
            String outer = lower.get(y);
            if (outer.length() > inner.length() && outer.endsWith(inner)) {
                String yKey = GenericPhrases.normalize(y.candidate().text());
                if (!x.known() || e.parents.stream().allMatch(p -> p.contains(yKey))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int words(String text) {
        return text.split(" ").length;
    }

    private boolean describes(Item x, Map<String, Item> byKey) {
        String text = x.candidate().text();
        int space = text.indexOf(' ');
        if (!x.entry().adjectiveFirst || space < 0 || text.indexOf(' ', space + 1) < 0) {
            return false;
        }
        String adjective = text.substring(0, space).toLowerCase(Locale.ROOT);
        if (adjective.contains("-") || !lexicon.isGeneral(adjective) || Words.isRelational(adjective)) {
            return false;
        }
        Item rest = byKey.get(GenericPhrases.normalize(text.substring(space + 1)));
        return rest != null && rest.entry().whole >= 1
                && rest.candidate().frequency() >= x.candidate().frequency();
    }
}
