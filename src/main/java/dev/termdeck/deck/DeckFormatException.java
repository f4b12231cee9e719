package dev.termdeck.deck;

import dev.termdeck.core.TermdeckException;

/**
 * A deck file that cannot be read: not JSON, wrong types, missing or invalid fields, duplicate ids, too large. The
 * message names the file and, where known, the line and column ({@code decks/a.deck.json:12:7: ...}).
 */
public final class DeckFormatException extends TermdeckException {
    private static final long serialVersionUID = 1L;

    public DeckFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
