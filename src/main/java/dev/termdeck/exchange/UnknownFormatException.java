package dev.termdeck.exchange;

import dev.termdeck.core.TermdeckException;

/**
 * A file whose format cannot be told from its name or its first line. The message names the file; the command line
 * adds how to name the format.
 */
public final class UnknownFormatException extends TermdeckException {
    private static final long serialVersionUID = 1L;

    UnknownFormatException(String message) {
        super(message, null, Kind.BAD_REQUEST);
    }
}
