package dev.termdeck.deck;

import dev.termdeck.core.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 */
public record Deck(
        String format, String name, Bilingual title, List<Lang> languages, Generated generated, List<Card> cards) {

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

    /** A copy with other cards (languages recomputed). */
    public Deck withCards(List<Card> newCards) {
        return new Deck(format, name, title, languagesOf(newCards), generated, newCards);
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
