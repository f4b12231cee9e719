package dev.termdeck.study.store;

import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.CardState;
import dev.termdeck.study.schedule.Grade;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer, as kept in the review log: what was asked, how it was answered, and the card's state before and after
 * (the state before is what undo restores).
 *
 * @param id        the log row id ({@code 0} before it is stored)
 * @param time      when the answer was given
 * @param key       the card
 * @param direction the concrete direction asked (never {@link Direction#MIXED})
 * @param mode      how it was answered
 * @param grade     the grade given
 * @param answer    what was typed or chosen, or {@code null} when the answer was revealed
 * @param elapsedMs milliseconds from showing the card to grading it
 * @param before    the card's state before the answer
 * @param after     the card's state after it
 */
public record Review(long id, Instant time, CardKey key, Direction direction, Mode mode, Grade grade,
        String answer, long elapsedMs, CardState before, CardState after) {

    public Review {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (elapsedMs < 0) {
            throw new IllegalArgumentException("elapsed time is negative: " + elapsedMs);
        }
    }
}
