package dev.termdeck.core;

/**
 * A problem the user can act on: a bad file, a bad option value, a missing deck. Its message is one line that names
 * the file and, where it applies, the place in it ({@code decks/ml.deck.json:12:7: ...}); the command line prints it
 * as it is, without a stack trace, and exits with {@link #exitCode()}.
 */
public class TermdeckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit code for a runtime problem (bad input file, I/O failure). */
    public static final int RUNTIME = 1;
    /** Exit code for a usage problem (bad option value, unknown deck name). */
    public static final int USAGE = 2;

    private final int exitCode;

    public TermdeckException(String message) {
        this(message, null, RUNTIME);
    }

    public TermdeckException(String message, Throwable cause) {
        this(message, cause, RUNTIME);
    }

    protected TermdeckException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A usage error: the command was called wrongly (exit code 2). */
    public static TermdeckException usage(String message) {
        return new TermdeckException(message, null, USAGE);
    }

    public int exitCode() {
        return exitCode;
    }
}
