package dev.termdeck.exchange;

import dev.termdeck.deck.Deck;

/** Reads cards from one text {@link Format}. Implementations are stateless and thread-safe. */
public interface Importer {
    /**
     * Reads the cards in {@code text}.
     *
     * @param source   the file name, for error messages
     * @param text     the file's text (a byte order mark is allowed)
     * @param existing the deck being imported into, or {@code null}: lets a file without termdeck ids keep the ids
     *                 of the cards it updates
     * @throws dev.termdeck.core.TermdeckException naming the line and column of the first broken row
     */
    Imported read(String source, String text, Deck existing);
}
