package dev.termdeck.study.schedule;

/**
 * The FSRS memory model of one card.
 *
 * @param stability  days until the probability of recall falls to 90%; positive
 * @param difficulty how hard the card is, from 1 (easiest) to 10
 */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability > 0) || !Double.isFinite(stability)) {
            throw new IllegalArgumentException("stability must be positive and finite, was " + stability);
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty must be in [1, 10], was " + difficulty);
        }
    }
}
