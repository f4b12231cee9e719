package dev.termdeck.deck;

import dev.termdeck.core.Lang;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A deck: named, titled cards in one or both languages. Immutable. Cards are kept sorted by id, and ids are unique.
 *
 * @param format    always {@link #FORMAT}
 * @param name      the file name stem ({@code ml-abstracts} for {@code ml-abstracts.deck.json}); a plain name by the
 *                  rule of {@link DeckNames}
 * @param title     a human title in English and/or Chinese
 * @param languages the languages its cards use
 * @param generated how it was made
 * @param cards     the cards, sorted by id
 * @param documents the titles of the corpus documents the cards come from, by document id (only those known), for
 *                  handouts that name papers rather than ids
 * @param removed   the cards a person removed (deleted or rejected), which a rebuild does not bring back; none of them
 *                  is among {@code cards}
 */
public record Deck(String format, String name, Bilingual title, List<Lang> languages, Generated generated,
        List<Card> cards, Map<String, String> documents, List<Removal> removed) {

    /** The format tag of this contract version. */
    public static final String FORMAT = "termdeck/1";

    public Deck {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException((format == null ? "format is missing" : "format is '" + format + "'")
                    + ", expected '" + FORMAT + "'");
        }
        Objects.requireNonNull(name, "name");
        // The name is the default name of exports and keys progress: from a shared deck it must name no path.
        DeckNames.problem(name).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        title = title == null ? Bilingual.EMPTY : title;
        languages = languages == null ? List.of() : List.copyOf(languages);
        generated = generated == null ? new Generated(null, null, List.of()) : generated;
        Objects.requireNonNull(cards, "cards");
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i) == null) {
                throw new IllegalArgumentException("cards[" + i + "] is null, not a card");
            }
        }
        List<Card> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparing(Card::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("duplicate card id '" + sorted.get(i).id() + "'");
            }
        }
        cards = List.copyOf(sorted);
        if (documents == null || documents.isEmpty()) {
            documents = Map.of();
        } else {
            // Ids and titles come from a shared corpus: stored without controls or line breaks, as card text is.
            TreeMap<String, String> titles = new TreeMap<>();
            documents.forEach((doc, t) -> {
                String stored = t == null ? "" : dev.termdeck.core.SafeText.stored(t).strip();
                if (doc != null && !stored.isEmpty()) {
                    titles.put(dev.termdeck.core.SafeText.stored(doc), stored);
                }
            });
            documents = Collections.unmodifiableMap(titles);
        }
        removed = removed == null || removed.isEmpty() ? List.of() : List.copyOf(removed);
        for (Removal r : removed) {
            if (ids(sorted).contains(r.id())) {
                throw new IllegalArgumentException("card '" + r.id() + "' is both in the deck and removed from it");
            }
        }
    }

    /** A deck without document titles or removed cards. */
    public Deck(String format, String name, Bilingual title, List<Lang> languages, Generated generated,
            List<Card> cards) {
        this(format, name, title, languages, generated, cards, Map.of(), List.of());
    }

    private static java.util.Set<String> ids(List<Card> cards) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        cards.forEach(c -> ids.add(c.id()));
        return ids;
    }

    public static Deck of(String name, Bilingual title, Generated generated, List<Card> cards) {
        return new Deck(FORMAT, name, title, languagesOf(cards), generated, cards);
    }

    /** The languages used by the terms of {@code cards}, English first. */
    public static List<Lang> languagesOf(List<Card> cards) {
        List<Lang> langs = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            if (cards.stream().anyMatch(c -> c.term().has(lang))) {
                langs.add(lang);
            }
        }
        return langs;
    }

    /** A copy with other cards (languages recomputed); the removals of cards now in the deck are dropped. */
    public Deck withCards(List<Card> newCards) {
        java.util.Set<String> now = ids(newCards);
        List<Removal> still = removed.stream().filter(r -> !now.contains(r.id())).toList();
        return new Deck(format, name, title, languagesOf(newCards), generated, newCards, documents, still);
    }

    /** A copy named {@code n} and titled {@code t}. */
    public Deck withName(String n, Bilingual t) {
        return new Deck(format, n, t, languages, generated, cards, documents, removed);
    }

    /** A copy with {@code how} it was made. */
    public Deck withGenerated(Generated how) {
        return new Deck(format, name, title, languages, how, cards, documents, removed);
    }

    /** A copy with the document titles {@code titles} (by document id). */
    public Deck withDocuments(Map<String, String> titles) {
        return new Deck(format, name, title, languages, generated, cards, titles, removed);
    }

    /** A copy with {@code removals} as the cards a person removed. */
    public Deck withRemoved(List<Removal> removals) {
        return new Deck(format, name, title, languages, generated, cards, documents, removals);
    }

    /**
     * A copy without the card {@code id}, recorded as removed at {@code at} so that a rebuild does not bring it back;
     * this deck when it has no such card.
     */
    public Deck remove(String id, String at) {
        Optional<Card> card = card(id);
        if (card.isEmpty()) {
            return this;
        }
        List<Card> rest = new ArrayList<>(cards);
        rest.removeIf(c -> c.id().equals(id));
        List<Removal> gone = new ArrayList<>(removed);
        gone.removeIf(r -> r.id().equals(id));
        gone.add(Removal.of(card.get(), at));
        return new Deck(format, name, title, languagesOf(rest), generated, rest, documents, gone);
    }

    /** The removal that {@code card} matches (a card a person removed), if any. */
    public Optional<Removal> removal(Card card) {
        return removed.stream().filter(r -> r.matches(card)).findFirst();
    }

    /** A copy with one card replaced (matched by id) or added. */
    public Deck withCard(Card card) {
        List<Card> next = new ArrayList<>(cards);
        next.removeIf(c -> c.id().equals(card.id()));
        next.add(card);
        return withCards(next);
    }

    public Optional<Card> card(String id) {
        for (Card c : cards) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Cards by id (a new map each call). */
    public Map<String, Card> cardsById() {
        Map<String, Card> byId = new HashMap<>();
        cards.forEach(c -> byId.put(c.id(), c));
        return byId;
    }
}
