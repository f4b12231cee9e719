package dev.termdeck.deck;

import dev.termdeck.core.TermdeckException;

/**
 * There is no deck to work on: the decks directory is missing, or holds no deck. The message names the directory;
 * the command line adds how to make a deck.
 */
public final class NoDecksException extends TermdeckException {
    private static final long serialVersionUID = 1L;

    NoDecksException(String message) {
        super(message);
    }
}
