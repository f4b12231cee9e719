package dev.termdeck.study;

import dev.termdeck.TermdeckException;
import java.nio.file.Path;

/**
 * The progress database cannot be used: damaged, locked, read-only, full, or from a newer termdeck. The message is
 * one line naming the file; {@link #problem()} lets a view say it in the user's language.
 */
public final class ProgressStoreException extends TermdeckException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** Not an SQLite database, or damaged. */
        DAMAGED,
        /** Another program held the lock for longer than the busy timeout. */
        LOCKED,
        /** The file or its directory cannot be written. */
        READ_ONLY,
        /** The disk (or a quota) is full. */
        FULL,
        /** The file cannot be opened or created. */
        CANNOT_OPEN,
        /** Written by a newer termdeck (higher schema version). */
        NEWER,
        /** The card changed since the answer to undo (studied in another window). */
        CHANGED_SINCE,
        /** Any other database or I/O error. */
        OTHER
    }

    private final Problem problem;
    private final transient Path file;

    ProgressStoreException(Problem problem, Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
