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
 */
public record SessionOptions(Direction direction, Mode mode, int newPerDay, int reviewsPerDay) {
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
    }
}
