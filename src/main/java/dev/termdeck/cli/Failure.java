package dev.termdeck.cli;

import dev.termdeck.core.TermdeckException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How a command's failure reaches the user: one line (the core's message, with what only the command line can add,
 * such as the command or option that would help) and an exit code: {@value #OK} ok, {@value #RUNTIME} a runtime
 * problem (a bad file, an I/O failure), {@value #USAGE} a usage problem (a bad option value, an unknown deck name).
 * Stateless.
 */
final class Failure {
    /** The command did what was asked. */
    static final int OK = 0;
    /** A runtime problem: the input or the system failed. */
    static final int RUNTIME = 1;
    /** A usage problem: the command line asked for something that cannot be. */
    static final int USAGE = 2;

    private Failure() {
    }

    /** The exit code for {@code e}. */
    static int exitCode(Exception e) {
        return e instanceof TermdeckException te && te.kind() == TermdeckException.Kind.BAD_REQUEST ? USAGE : RUNTIME;
    }

    /** The line for {@code e}, without the {@code termdeck: } prefix; {@code null} when it is not the user's to fix. */
    static String line(Exception e) {
        if (e instanceof TermdeckException te) {
            return te.getMessage() + Hints.of(te);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return IoErrors.describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
        return null;
    }
}
