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

    /**
     * The deck-level card rules ({@code DeckAssembler#cardRules(boolean)}) left out {@code leftOut} selected terms, and
     * left the papers {@code papersWithoutCards} (ids, corpus order) with no card; called once a build, on the
     * building thread, when the rules are on.
     */
    default void cardRules(int leftOut, java.util.List<String> papersWithoutCards) {
    }
}
