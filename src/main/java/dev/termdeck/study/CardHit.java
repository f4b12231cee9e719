package dev.termdeck.study;

import dev.termdeck.deck.Card;

/**
 * A card found by a search.
 *
 * @param deck the deck it is in
 * @param card the card
 */
public record CardHit(String deck, Card card) {
}
