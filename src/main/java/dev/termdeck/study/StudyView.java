package dev.termdeck.study;

import java.io.IOException;

/**
 * A study UI: the line-by-line view ({@code dev.termdeck.plain}) or the full-screen one ({@code dev.termdeck.tui}).
 * The command builds a {@link StudyRun} and hands it to one view, which draws, reads keys, and calls the session
 * and {@link Library}; it holds no scheduling, SQL or JSON of its own.
 */
public interface StudyView {
    /**
     * Runs the UI until the learner is done or the input ends.
     *
     * @return the process exit code (0 when the session ended normally)
     */
    int run(StudyRun studyRun) throws IOException;

    /**
     * Gives back what the view took before {@link #run} (the full-screen view acquires the terminal early) when the
     * session never starts, because reading a deck or opening the progress database failed. Does nothing after
     * {@code run}, or when there is nothing to give back.
     */
    default void discard() {
    }
}
