package dev.termdeck.tui;

/**
 * The status line above the footer: a piece of information, or a problem, shown until the next key. Not thread-safe:
 * the UI thread owns it.
 */
final class StatusLine {
    private String text;
    private boolean error;

    /** Shows {@code text} until the next key. */
    void info(String text) {
        this.text = text;
        this.error = false;
    }

    /** Shows a problem until the next key. */
    void error(String text) {
        this.text = text;
        this.error = true;
    }

    void clear() {
        text = null;
        error = false;
    }

    /** What is shown, or {@code null} for nothing. */
    String text() {
        return text;
    }

    /** Whether what is shown is a problem. */
    boolean isError() {
        return error;
    }
}
