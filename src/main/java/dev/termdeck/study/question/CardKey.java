package dev.termdeck.study.question;

import java.util.Objects;

/**
 * Identifies a card's progress: the deck name and the card id. Progress follows the id, so a rebuilt deck keeps the
 * progress of the cards that remain.
 *
 * @param deck the deck name ({@code ml-abstracts})
 * @param card the card id ({@code emergent-ability})
 */
public record CardKey(String deck, String card) {
    public CardKey {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(card, "card");
    }

    @Override
    public String toString() {
        return deck + "/" + card;
    }
}
