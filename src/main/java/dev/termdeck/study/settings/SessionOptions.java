package dev.termdeck.study.settings;

import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import java.util.Objects;

/**
 * What a study session asks and how much.
 *
 * @param direction     which side is asked
 * @param mode          how cards are answered
 * @param newPerDay     new cards to introduce per study day (all decks of the session together)
 * @param reviewsPerDay review cards to show per study day (all decks together)
 * @param tag           study only the cards with this tag ({@code study --tag week1}), or {@code null} for all
 */
public record SessionOptions(Direction direction, Mode mode, int newPerDay, int reviewsPerDay, String tag) {
    /** The default number of new cards a day. */
    public static final int DEFAULT_NEW = 20;
    /** The default number of reviews a day. */
    public static final int DEFAULT_REVIEWS = 200;

    public SessionOptions {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mode, "mode");
        if (newPerDay < 0 || reviewsPerDay < 0) {
            throw new IllegalArgumentException("daily limits must not be negative");
        }
        tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    /** Options over every card, whatever its tags. */
    public SessionOptions(Direction direction, Mode mode, int newPerDay, int reviewsPerDay) {
        this(direction, mode, newPerDay, reviewsPerDay, null);
    }

    /** A copy studying only the cards tagged {@code t} ({@code null}: all). */
    public SessionOptions withTag(String t) {
        return new SessionOptions(direction, mode, newPerDay, reviewsPerDay, t);
    }
}
