package dev.termdeck.exchange;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.CardIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects imported cards, refusing a second card with the same id with a message naming both lines. Not
 * thread-safe; one per import.
 */
final class CardCollector {
    private final String source;
    private final List<Card> cards = new ArrayList<>();
    private final Map<String, Integer> lineById = new HashMap<>();

    CardCollector(String source) {
        this.source = source;
    }

    void add(Card card, int line) {
        Integer first = lineById.putIfAbsent(card.id(), line);
        if (first != null) {
            throw new TermdeckException(source + ":" + line + ": card '" + card.id() + "' is already on line "
                    + first);
        }
        cards.add(card);
    }

    List<Card> cards() {
        return List.copyOf(cards);
    }

    /** The id termdeck gives a term (from the English term, else the Chinese). */
    String idFor(Bilingual term, String place) {
        if (term.isEmpty()) {
            throw new TermdeckException(source + ":" + place + ": no English or Chinese term");
        }
        try {
            return CardIds.fromTerm(term.en() != null ? term.en() : term.zh());
        } catch (IllegalArgumentException e) {
            throw new TermdeckException(source + ":" + place + ": " + e.getMessage());
        }
    }

    /** An error naming the source and {@code place} ({@code line:column}). */
    TermdeckException error(String place, String message) {
        return new TermdeckException(source + ":" + place + ": " + message);
    }

    /** Builds {@code b}, turning a broken invariant into an error naming {@code place}. */
    Card build(Card.Builder b, String place) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new TermdeckException(source + ":" + place + ": " + e.getMessage());
        }
    }
}
