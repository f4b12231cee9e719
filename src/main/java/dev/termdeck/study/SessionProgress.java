package dev.termdeck.study;

/**
 * How far a session is, for a progress bar.
 *
 * @param done      answers given
 * @param remaining cards still to come, counting the one shown
 */
public record SessionProgress(int done, int remaining) {
    /** The fraction done, from 0 to 1. */
    public double fraction() {
        return done + remaining == 0 ? 1 : (double) done / (done + remaining);
    }
}
