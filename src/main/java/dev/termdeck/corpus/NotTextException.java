package dev.termdeck.corpus;

/** The bytes of a file are not text in an encoding termdeck recognises; the message says why, in a few words. */
public final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotTextException(String reason) {
        super(reason);
    }
}
