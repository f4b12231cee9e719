package dev.termdeck.cli;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.NoDecksException;
import dev.termdeck.exchange.Format;
import dev.termdeck.exchange.UnknownFormatException;

/**
 * What the command line adds to a problem reported by the core, whose messages name no command or option: the
 * command or option that would help. Stateless.
 */
final class Hints {
    private Hints() {
    }

    /** The words to append to {@code e}'s message (starting with {@code ;}), or an empty string. */
    static String of(TermdeckException e) {
        if (e instanceof NoDecksException) {
            return "; build a deck with 'termdeck build' or name a deck file";
        }
        if (e instanceof UnknownFormatException) {
            return "; pass --format (" + Format.list(true) + ")";
        }
        return "";
    }
}
