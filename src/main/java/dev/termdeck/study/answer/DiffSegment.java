package dev.termdeck.study.answer;

import java.util.Objects;

/**
 * A piece of the difference between a typed answer and the expected one.
 *
 * @param kind what the piece is
 * @param text the characters
 */
public record DiffSegment(Kind kind, String text) {
    /** What a piece of the diff is. */
    public enum Kind {
        /** In both. */
        SAME,
        /** Typed, but not in the expected answer. */
        EXTRA,
        /** In the expected answer, but not typed. */
        MISSING
    }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
