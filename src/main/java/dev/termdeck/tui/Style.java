package dev.termdeck.tui;

/**
 * How a piece of text looks, by meaning rather than by colour: the {@link Canvas} maps each style to the terminal's
 * default colours plus bold, underline, reverse video or one ANSI accent, so that the screen reads on dark and light
 * themes and every meaning also shows without colour (the painters add markers such as ✓, ✗, ▶ and brackets).
 */
enum Style {
    /** Ordinary text in the terminal's own colours. */
    NORMAL,
    /** Secondary text: labels, counts, hints. */
    MUTED,
    /** Headings and the question. */
    BOLD,
    /** The answer, the selected deck, values that matter. */
    ACCENT,
    /** A right answer, characters that were missing from a typed answer. */
    GOOD,
    /** A wrong answer, characters typed in excess. */
    BAD,
    /** A nearly right answer, Hard. */
    CLOSE,
    /** The term inside its source sentence. */
    MARK,
    /** The selected row or the proposed grade (reverse video). */
    SELECTED,
    /** A key name in the footer and help. */
    KEY,
    /** A filled part of a bar. */
    BAR
}
