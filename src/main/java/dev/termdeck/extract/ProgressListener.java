package dev.termdeck.extract;

/**
 * Told how far a build is. Calls come from worker threads, one at a time (the assembler serializes them), with
 * {@code done} increasing by one each call; {@link #stageDone} is called on the building thread.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Does nothing. */
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} documents have been extracted. */
    void documentDone(int done, int total);

    /** {@code stage} took {@code nanos} of wall time (a stage may be reported more than once: the times add up). */
    default void stageDone(BuildStage stage, long nanos) {
    }
}
