package dev.termdeck.tui;

import java.util.Objects;

/**
 * A run of text in one {@link Style}. Immutable.
 *
 * @param text  the characters (no control characters)
 * @param style how they look
 */
record TextRun(String text, Style style) {
    TextRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }
}
