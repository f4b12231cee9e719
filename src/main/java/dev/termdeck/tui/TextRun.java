package dev.termdeck.tui;

import dev.termdeck.core.SafeText;
import java.util.Objects;

/**
 * A run of text in one {@link Style}. Immutable.
 *
 * @param text  the characters; controls and bidirectional overrides are replaced by visible symbols here
 *              ({@link SafeText#forTerminal}), so that no text a screen draws reaches the terminal as a control
 *              sequence (Lanterna refuses C0 controls and passes C1 and bidi controls through)
 * @param style how they look
 */
record TextRun(String text, Style style) {
    TextRun {
        text = SafeText.forTerminal(Objects.requireNonNull(text, "text"));
        Objects.requireNonNull(style, "style");
    }
}
