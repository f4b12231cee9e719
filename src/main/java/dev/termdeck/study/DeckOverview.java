package dev.termdeck.study;

import dev.termdeck.deck.Bilingual;

/**
 * A deck in the deck list.
 *
 * @param name     the deck name
 * @param title    its title in English and/or Chinese
 * @param cards    how many cards it has
 * @param newCards cards never studied
 * @param due      studied cards due before the end of today (reviews and learning steps)
 * @param learning cards in their learning or relearning steps
 */
public record DeckOverview(String name, Bilingual title, int cards, int newCards, int due, int learning) {
}
