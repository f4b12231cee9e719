package dev.termdeck.deck;

import dev.termdeck.core.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges decks without losing a person's work: {@link #merge} takes a rebuild into an existing deck, {@link #absorb}
 * an imported file into an existing deck ({@link DeckUnion} unites two decks).
 *
 * <p>{@link #merge}:
 * <ul>
 *   <li>A card in both (same id) takes the incoming content, except the fields a person edited
 *       ({@link Card#isEdited(String)}), which keep the existing values; it stays {@code edited}.</li>
 *   <li>An incoming card whose id is new but whose term matches an existing card's term in either language keeps the
 *       existing id, so progress keyed by id survives a term that gained a translation.</li>
 *   <li>A card only in the existing deck is kept, marked {@code stale} (unless a person wrote it: edited, with no
 *       source); nothing is silently dropped.</li>
 *   <li>A card only in the incoming deck is added, unless a person removed it from the existing deck (deleted or
 *       rejected it, {@link Removal}): it stays out, so that a teacher curates once.</li>
 * </ul>
 *
 * The existing deck's name, title and removals are kept; {@code generated} comes from the incoming deck, and the
 * document titles of both are united. Stateless and thread-safe.
 */
public final class DeckMerger {
    private DeckMerger() {
    }

    /** Merges {@code incoming} into {@code existing}. */
    public static MergeResult merge(Deck existing, Deck incoming) {
        Map<String, Card> byId = existing.cardsById();
        Map<String, String> idByTerm = new HashMap<>();
        for (Card c : existing.cards()) {
            for (String k : termKeys(c)) {
                idByTerm.putIfAbsent(k, c.id());
            }
        }
        Set<String> matched = new HashSet<>();
        List<Card> out = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int removed = 0;
        for (Card in : incoming.cards()) {
            if (!byId.containsKey(in.id()) && existing.removal(in).isPresent()) {
                removed++;
                continue;
            }
            String id = in.id();
            if (!byId.containsKey(id)) {
                for (String k : termKeys(in)) {
                    String other = idByTerm.get(k);
                    if (other != null && !matched.contains(other) && incoming.card(other).isEmpty()) {
                        id = other;
                        break;
                    }
                }
            }
            Card old = matched.contains(id) ? null : byId.get(id);
            if (old == null) {
                out.add(in);
                added++;
                continue;
            }
            matched.add(id);
            Card merged = keepEdits(old, in.toBuilder().id(id).build());
            if (merged.equals(old)) {
                unchanged++;
            } else {
                updated++;
            }
            out.add(merged);
        }
        int kept = 0;
        for (Card old : existing.cards()) {
            if (!matched.contains(old.id())) {
                // A card a person wrote (no source in any corpus) was never found by a build: it is not stale.
                boolean theirs = old.edited() && old.sources().isEmpty();
                out.add(old.stale() || theirs ? old : old.toBuilder().stale(true).build());
                kept++;
            }
        }
        java.util.Map<String, String> documents = new java.util.TreeMap<>(existing.documents());
        documents.putAll(incoming.documents());
        Deck deck = new Deck(Deck.FORMAT, existing.name(), existing.title().isEmpty() ? incoming.title()
                : existing.title(), Deck.languagesOf(out), incoming.generated(), out, documents, existing.removed());
        return new MergeResult(deck, added, updated, unchanged, kept, removed);
    }

    /** {@code incoming}, with every field a person edited in {@code old} taken from {@code old}. */
    static Card keepEdits(Card old, Card incoming) {
        if (!old.edited()) {
            return incoming;
        }
        Card.Builder b = incoming.toBuilder().edited(true).editedFields(old.editedFields()).stale(false);
        Bilingual term = incoming.term();
        Bilingual def = incoming.definition();
        if (old.isEdited("term.en")) {
            term = term.with(Lang.EN, old.term().en());
        }
        if (old.isEdited("term.zh")) {
            term = term.with(Lang.ZH, old.term().zh());
        }
        if (old.isEdited("definition.en")) {
            def = def.with(Lang.EN, old.definition().en());
        }
        if (old.isEdited("definition.zh")) {
            def = def.with(Lang.ZH, old.definition().zh());
        }
        b.term(term.isEmpty() ? old.term() : term).definition(def);
        if (old.isEdited("aliases")) {
            b.aliases(old.aliases());
        }
        if (old.isEdited("abbr")) {
            b.abbr(old.abbr());
        }
        if (old.isEdited("pinyin") || old.isEdited("term.zh")) {
            // Pinyin is the reading of the Chinese term: with a term a person wrote goes the reading it had.
            b.pinyin(old.pinyin());
        }
        if (old.isEdited("tags")) {
            b.tags(old.tags());
        }
        return b.build();
    }

    /** {@code a}'s sources, then those of {@code b} that {@code a} lacks. */
    static List<Source> unionSources(Card a, Card b) {
        List<Source> sources = new ArrayList<>(a.sources());
        b.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        return sources;
    }

    /**
     * Takes an imported file into an existing deck. An imported card matches an existing one by id, else by term
     * (as {@link #merge} does). In a matched card, every editable field the file gives a different, non-empty value
     * for takes that value and is marked edited (a person changed it outside termdeck, so a rebuild keeps it); an
     * empty value in the file never erases one in the deck; new sources are added; nothing else changes. A card
     * only in the file is added with the fields it sets marked edited (unless the file says how it was edited), even
     * one a person removed from the deck (importing it is bringing it back). A card only in the deck is kept as it
     * is. The existing deck's name, title, {@code generated} and document titles are kept.
     */
    public static MergeResult absorb(Deck existing, Deck imported) {
        Map<String, Card> byId = existing.cardsById();
        Map<String, String> idByTerm = new HashMap<>();
        existing.cards().forEach(c -> termKeys(c).forEach(k -> idByTerm.putIfAbsent(k, c.id())));
        Map<String, Card> out = new LinkedHashMap<>(byId);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> matched = new HashSet<>();
        for (Card in : imported.cards()) {
            String id = byId.containsKey(in.id()) ? in.id() : termKeys(in).stream().map(idByTerm::get)
                    .filter(o -> o != null && !matched.contains(o) && imported.card(o).isEmpty())
                    .findFirst().orElse(null);
            if (id == null) {
                out.put(in.id(), markSet(in));
                added++;
                continue;
            }
            matched.add(id);
            Card old = byId.get(id);
            Card next = markEdits(old, in);
            if (next.equals(old)) {
                unchanged++;
            } else {
                updated++;
            }
            out.put(id, next);
        }
        List<Card> cards = new ArrayList<>(out.values());
        List<Removal> removals = existing.removed().stream().filter(r -> cards.stream().noneMatch(r::matches)).toList();
        Deck deck = new Deck(Deck.FORMAT, existing.name(), existing.title().isEmpty() ? imported.title()
                : existing.title(), Deck.languagesOf(cards), existing.generated(), cards, existing.documents(),
                removals);
        return new MergeResult(deck, added, updated, unchanged, existing.cards().size() - matched.size());
    }

    /** {@code in} with every editable field it sets marked edited, unless it already says how it was edited. */
    private static Card markSet(Card in) {
        if (in.edited()) {
            return in;
        }
        List<String> set = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            if (in.term().has(lang)) {
                set.add("term." + lang.code());
            }
            if (in.definition().has(lang)) {
                set.add("definition." + lang.code());
            }
        }
        if (in.abbr() != null) {
            set.add("abbr");
        }
        if (in.pinyin() != null) {
            set.add("pinyin");
        }
        if (!in.aliases().isEmpty()) {
            set.add("aliases");
        }
        if (!in.tags().isEmpty()) {
            set.add("tags");
        }
        return in.toBuilder().edited(true).editedFields(set).build();
    }

    /** {@code old} with the editable fields {@code in} sets differently taken from {@code in} and marked edited. */
    private static Card markEdits(Card old, Card in) {
        Card.Builder b = old.toBuilder();
        Set<String> changed = new TreeSet<>();
        Bilingual term = old.term();
        Bilingual def = old.definition();
        for (Lang lang : Lang.values()) {
            if (in.term().has(lang) && !in.term(lang).equals(old.term(lang))) {
                term = term.with(lang, in.term(lang));
                changed.add("term." + lang.code());
            }
            if (in.definition().has(lang) && !in.definition().get(lang).equals(old.definition().get(lang))) {
                def = def.with(lang, in.definition().get(lang));
                changed.add("definition." + lang.code());
            }
        }
        b.term(term).definition(def);
        if (in.abbr() != null && !in.abbr().equals(old.abbr())) {
            b.abbr(in.abbr());
            changed.add("abbr");
        }
        if (in.pinyin() != null && !in.pinyin().equals(old.pinyin())) {
            b.pinyin(in.pinyin());
            changed.add("pinyin");
        }
        if (!in.aliases().isEmpty() && !in.aliases().equals(old.aliases())) {
            b.aliases(in.aliases());
            changed.add("aliases");
        }
        if (!in.tags().isEmpty() && !in.tags().equals(old.tags())) {
            b.tags(in.tags());
            changed.add("tags");
        }
        b.sources(unionSources(old, in));
        if (!changed.isEmpty() && !(old.edited() && old.editedFields().isEmpty())) {
            changed.addAll(old.editedFields());
            b.edited(true).editedFields(new ArrayList<>(changed));
        }
        return b.build();
    }

    private static List<String> termKeys(Card c) {
        List<String> keys = new ArrayList<>();
        if (c.term().en() != null) {
            keys.add("en:" + CardIds.fromTerm(c.term().en()));
        }
        if (c.term().zh() != null) {
            keys.add("zh:" + CardIds.fromTerm(c.term().zh()));
        }
        return keys;
    }
}
