package dev.termdeck.study.question;

/**
 * A range of characters in a text, {@code [start, end)} in UTF-16 indices.
 *
 * @param start first index
 * @param end   index after the last
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
