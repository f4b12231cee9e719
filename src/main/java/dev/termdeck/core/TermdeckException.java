package dev.termdeck.core;

import java.util.Objects;

/**
 * A problem the user can act on: a bad file, a bad value, a missing deck. Its message is one line that names the file
 * and, where it applies, the place in it ({@code decks/ml.deck.json:12:7: ...}), and names no command or option: the
 * command line adds those where they help, prints the line without a stack trace, and chooses the exit code from the
 * {@link #kind()}.
 */
public class TermdeckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whose the problem is. */
    public enum Kind {
        /** The input or the system failed: a file that will not parse, a full disk, a missing directory. */
        FAILURE,
        /** What was asked for cannot be: an unknown name, a value out of range, two things that must differ. */
        BAD_REQUEST
    }

    private final Kind kind;

    /** A {@link Kind#FAILURE}. */
    public TermdeckException(String message) {
        this(message, null, Kind.FAILURE);
    }

    /** A {@link Kind#FAILURE} with its cause. */
    public TermdeckException(String message, Throwable cause) {
        this(message, cause, Kind.FAILURE);
    }

    protected TermdeckException(String message, Throwable cause, Kind kind) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** A {@link Kind#BAD_REQUEST}: what was asked for cannot be done as asked. */
    public static TermdeckException badRequest(String message) {
        return new TermdeckException(message, null, Kind.BAD_REQUEST);
    }

    public Kind kind() {
        return kind;
    }
}
