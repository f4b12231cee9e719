package dev.termdeck.study.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduling state of one card: its phase, FSRS memory, and when it is due next. Immutable.
 *
 * <p>Invariants: a {@link Phase#NEW} card has no memory, no last review and step 0; any other card has a memory and a
 * last review; {@code step} is the index of the current learning or relearning step (0 in review); counts are not
 * negative.
 *
 * @param phase      where the card is in its life
 * @param step       index of the current (re)learning step; 0 outside the steps
 * @param memory     stability and difficulty, or {@code null} for a new card
 * @param due        when the card is next due
 * @param lastReview when it was last reviewed, or {@code null} for a new card
 * @param reps       how many times it was reviewed
 * @param lapses     how many times it was forgotten after reaching review
 */
public record CardState(
        Phase phase, int step, MemoryState memory, Instant due, Instant lastReview, int reps, int lapses) {

    public CardState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(due, "due");
        if (step < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("step, reps and lapses must not be negative");
        }
        if ((phase == Phase.NEW) != (memory == null) || (phase == Phase.NEW) != (lastReview == null)) {
            throw new IllegalArgumentException("a new card has no memory or last review; any other card has both");
        }
    }

    /** A card never studied, due at {@code now}. */
    public static CardState fresh(Instant now) {
        return new CardState(Phase.NEW, 0, null, now, null, 0, 0);
    }

    public boolean isNew() {
        return phase == Phase.NEW;
    }
}
