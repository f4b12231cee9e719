package dev.termdeck.deck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a freshly built (or imported) deck into an existing one without losing a person's work.
 *
 * <ul>
 *   <li>A card in both (same id) takes the incoming content, except the fields a person edited
 *       ({@link Card#isEdited(String)}), which keep the existing values; it stays {@code edited}.</li>
 *   <li>An incoming card whose id is new but whose term matches an existing card's term in either language keeps the
 *       existing id, so progress keyed by id survives a term that gained a translation.</li>
 *   <li>A card only in the existing deck is kept, marked {@code stale}; nothing is silently dropped.</li>
 *   <li>A card only in the incoming deck is added.</li>
 * </ul>
 *
 * The existing deck's name and title are kept; {@code generated} comes from the incoming deck. Stateless.
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
        for (Card in : incoming.cards()) {
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
                out.add(old.stale() ? old : old.toBuilder().stale(true).build());
                kept++;
            }
        }
        Deck deck = new Deck(Deck.FORMAT, existing.name(), existing.title().isEmpty() ? incoming.title()
                : existing.title(), Deck.languagesOf(out), incoming.generated(), out);
        return new MergeResult(deck.withCards(out), added, updated, unchanged, kept);
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
            term = term.with(dev.termdeck.corpus.Lang.EN, old.term().en());
        }
        if (old.isEdited("term.zh")) {
            term = term.with(dev.termdeck.corpus.Lang.ZH, old.term().zh());
        }
        if (old.isEdited("definition.en")) {
            def = def.with(dev.termdeck.corpus.Lang.EN, old.definition().en());
        }
        if (old.isEdited("definition.zh")) {
            def = def.with(dev.termdeck.corpus.Lang.ZH, old.definition().zh());
        }
        b.term(term.isEmpty() ? old.term() : term).definition(def);
        if (old.isEdited("aliases")) {
            b.aliases(old.aliases());
        }
        if (old.isEdited("abbr")) {
            b.abbr(old.abbr());
        }
        if (old.isEdited("pinyin")) {
            b.pinyin(old.pinyin());
        }
        if (old.isEdited("tags")) {
            b.tags(old.tags());
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
