package dev.termdeck.study.schedule;

/**
 * Where a card is in its life: never studied, in the (minutes-long) learning steps, in day-long review intervals, or
 * back in short relearning steps after a lapse.
 */
public enum Phase {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING;

    /** Whether the card is due by the minute (learning or relearning steps) rather than by the day. */
    public boolean inSteps() {
        return this == LEARNING || this == RELEARNING;
    }
}
