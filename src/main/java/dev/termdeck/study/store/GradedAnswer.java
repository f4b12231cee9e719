package dev.termdeck.study.store;

import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.Grade;
import java.time.Instant;
import java.util.Objects;

/**
 * An answer to store: which card, when, how it was asked and answered, and its grade. The store adds the card's
 * state before and after to make a {@link Review}.
 *
 * @param time      when the answer was given (truncated to milliseconds)
 * @param key       the card
 * @param direction the concrete direction asked
 * @param mode      how it was answered
 * @param grade     the grade given
 * @param answer    what was typed or chosen, or {@code null} when revealed
 * @param elapsedMs milliseconds from showing the card to grading it
 */
public record GradedAnswer(Instant time, CardKey key, Direction direction, Mode mode, Grade grade, String answer,
        long elapsedMs) {
    public GradedAnswer {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(grade, "grade");
        if (direction == Direction.MIXED) {
            throw new IllegalArgumentException("a stored answer needs a concrete direction, not mixed");
        }
        elapsedMs = Math.max(0, elapsedMs);
        // The store keeps milliseconds; truncating here makes what is stored equal what was recorded.
        time = time.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
