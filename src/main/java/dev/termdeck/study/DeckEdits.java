package dev.termdeck.study;

import dev.termdeck.deck.Card;
import java.util.Optional;

/**
 * The changes a study session makes to the deck files, through its {@link Library} (which keeps its decks current):
 * removing a card a person deleted, putting it back when that is undone, adding a card a person wrote, and taking it
 * back. Each writes the deck file atomically under its lock.
 */
interface DeckEdits {
    /** Removes card {@code id} from {@code deck}, recording the removal; the card removed, or empty when gone. */
    Optional<Card> remove(String deck, String id);

    /** Puts {@code card} back into {@code deck} as it was, its removal record dropped. */
    void restore(String deck, Card card);

    /** Adds {@code draft} to {@code deck} as a person's card; the card as saved (its id made from its term). */
    Card add(String deck, Card draft);

    /** Takes back a card added to {@code deck}, recording no removal. */
    void unadd(String deck, String id);
}
