package dev.termdeck.study;

/**
 * How far a session is, as Anki shows it: the cards still to come in each of the three queues (new, learning,
 * review), the card shown counted in its own, rather than a total that grows as learning cards come back.
 *
 * @param done     answers given
 * @param newLeft  new cards still to come
 * @param learning cards in their learning or relearning steps still to come today (each counted once)
 * @param review   review cards due today still to come
 * @param shown    the queue of the card shown, or {@code null} when none is
 */
public record SessionProgress(int done, int newLeft, int learning, int review, Queue shown) {
    /** The three queues a card can be in. */
    public enum Queue {
        NEW,
        LEARNING,
        REVIEW
    }

    /** Cards still to come, counting the one shown. */
    public int remaining() {
        return newLeft + learning + review;
    }

    /** The fraction done, from 0 to 1. */
    public double fraction() {
        return done + remaining() == 0 ? 1 : (double) done / (done + remaining());
    }
}
