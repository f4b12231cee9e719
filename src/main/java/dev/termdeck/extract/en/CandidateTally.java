package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the occurrences of candidate terms in one document, by key: how each is written, where, and how it was
 * found (a whole phrase, nested in a longer one, cut before a name, an abbreviation's long form, a short form).
 * Mutable; used by one thread for one document.
 */
final class CandidateTally {
    /** What is known about one key. */
    static final class Entry {
        final String key;
        final Map<String, Integer> shown = new LinkedHashMap<>();
        final Set<String> written = new LinkedHashSet<>();
        final List<Occurrence> occurrences = new ArrayList<>();
        final Set<String> parents = new LinkedHashSet<>();
        int whole;
        int nested;
        int examples;
        String abbr;
        boolean singleNoun;
        /** The first word was tagged as an adjective or participle ("large model", "generated image"). */
        boolean adjectiveFirst;
        int firstStart = Integer.MAX_VALUE;
        /** It occurs in the document's title. */
        boolean inTitle;
        /** It occurs in the first sentence of the text (after the title). */
        boolean inFirstSentence;
        /**
         * It is a short form the document spells out, then one lower-case word ("UML model", "CVD reactor"): a thing
         * said about a concept that has a candidate of its own.
         */
        boolean shortFormAndNoun;
        /** How the title shows it, when it is in the title (a card shows a form from the text when there is one). */
        String titleForm;

        Entry(String key) {
            this.key = key;
        }

        /** The most frequent shown form, the earliest among equals; the title's form when the text has none. */
        String text() {
            if (shown.isEmpty()) {
                return titleForm;
            }
            String best = null;
            int n = -1;
            for (Map.Entry<String, Integer> e : shown.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }

        int frequency() {
            return occurrences.size();
        }

        /** Seen only in lists of examples ("such as health care, public policy, ..."). */
        boolean onlyExample() {
            return examples == occurrences.size() && abbr == null;
        }

        boolean onlyNested() {
            return whole == 0 && abbr == null;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Set<Occurrence>> seen = new HashMap<>();

    /**
     * Records one occurrence.
     *
     * @param shown   the form a card would show (singular, sentence-initial capital removed)
     * @param written the form as written
     * @param start   the offset of the occurrence in the document
     */
    Entry add(String key, String shown, String written, Occurrence where, int start, Phrase.Kind kind,
            boolean example, String parentKey) {
        Entry e = entries.computeIfAbsent(key, Entry::new);
        if (!seen.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(where)) {
            return e;
        }
        if (shown != null) {
            e.shown.merge(shown, 1, Integer::sum);
        }
        e.written.add(written);
        e.occurrences.add(where);
        e.firstStart = Math.min(e.firstStart, start);
        if (example) {
            e.examples++;
        }
        switch (kind) {
            case MAXIMAL -> e.whole++;
            case NESTED -> {
                e.nested++;
                if (parentKey != null) {
                    e.parents.add(parentKey);
                }
            }
        }
        return e;
    }

    /** The entries, in order of first appearance. */
    List<Entry> entries() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort((a, b) -> Integer.compare(a.firstStart, b.firstStart));
        for (Entry e : list) {
            e.occurrences.sort((x, y) -> x.sentence() != y.sentence() ? Integer.compare(x.sentence(), y.sentence())
                    : Integer.compare(x.from(), y.from()));
        }
        return list;
    }
}
