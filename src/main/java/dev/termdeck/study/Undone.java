package dev.termdeck.study;

import dev.termdeck.deck.Card;

/**
 * What {@link StudySession#undo} took back, for the view to say so.
 *
 * @param kind what it was
 * @param card the card it was on
 */
public record Undone(Kind kind, Card card) {
    /** The kinds of action a session can take back. */
    public enum Kind {
        /** An answer: its card is asked again. */
        ANSWER,
        /** A suspension: the card is back, and asked again. */
        SUSPEND,
        /** A burial: the card is back, and asked again. */
        BURY,
        /** A flag set or cleared: it is as it was. */
        FLAG,
        /** A deletion: the card is back in its deck, and asked again. */
        DELETE,
        /** An added card: it is out of its deck again. */
        ADD
    }
}
