package dev.termdeck.deck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Unites two decks into one by card id, keeping what people edited in either. Stateless and thread-safe. */
public final class DeckUnion {
    private DeckUnion() {
    }

    /**
     * Unites two decks by card id. A card in one deck only is kept as it is (not marked stale). A card in both takes
     * {@code second}'s content, except fields a person edited in {@code first} only, which keep {@code first}'s
     * values; a field edited in both takes {@code second}'s. Edit marks are united, sources are united, and the card
     * is stale only when both decks say so. The result has {@code first}'s name and title (or {@code second}'s title
     * when {@code first} has none), the document titles of both, and the cards either removed, unless the other deck
     * has the card (a card in a deck is kept). In the result, {@code added} counts cards only in {@code second} and
     * {@code kept} those only in {@code first}.
     */
    public static MergeResult unite(Deck first, Deck second) {
        Map<String, Card> byId = first.cardsById();
        List<Card> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Card b : second.cards()) {
            Card a = byId.get(b.id());
            if (a == null) {
                out.add(b);
                added++;
                continue;
            }
            seen.add(a.id());
            Card united = unite(a, b);
            if (united.equals(a)) {
                unchanged++;
            } else {
                updated++;
            }
            out.add(united);
        }
        int kept = 0;
        for (Card a : first.cards()) {
            if (!seen.contains(a.id())) {
                out.add(a);
                kept++;
            }
        }
        Map<String, String> documents = new java.util.TreeMap<>(first.documents());
        documents.putAll(second.documents());
        Map<String, Removal> removals = new java.util.TreeMap<>();
        for (Deck d : List.of(first, second)) {
            d.removed().stream().filter(r -> out.stream().noneMatch(r::matches)).forEach(r -> removals.put(r.id(), r));
        }
        Deck deck = new Deck(Deck.FORMAT, first.name(), first.title().isEmpty() ? second.title() : first.title(),
                Deck.languagesOf(out), first.generated(), out, documents, List.copyOf(removals.values()));
        return new MergeResult(deck, added, updated, unchanged, kept);
    }

    private static Card unite(Card a, Card b) {
        Card base = b.toBuilder().edited(false).editedFields(List.of()).build();
        Card merged = DeckMerger.keepEdits(onlyEditedIn(a, b), base);
        List<String> fields;
        if (!a.edited() || !b.edited()) {
            fields = a.edited() ? a.editedFields() : b.editedFields();
        } else if (a.editedFields().isEmpty() || b.editedFields().isEmpty()) {
            fields = List.of();
        } else {
            Set<String> union = new TreeSet<>(a.editedFields());
            union.addAll(b.editedFields());
            fields = new ArrayList<>(union);
        }
        return merged.toBuilder().edited(a.edited() || b.edited()).editedFields(fields)
                .sources(DeckMerger.unionSources(a, b)).stale(a.stale() && b.stale()).build();
    }

    /** {@code a} with its edit marks narrowed to the fields {@code b} did not edit. */
    private static Card onlyEditedIn(Card a, Card b) {
        List<String> fields = new ArrayList<>();
        for (String f : Card.EDITABLE_FIELDS) {
            if (a.isEdited(f) && !b.isEdited(f)) {
                fields.add(f);
            }
        }
        return fields.isEmpty() ? a.toBuilder().edited(false).editedFields(List.of()).build()
                : a.toBuilder().editedFields(fields).build();
    }

}
