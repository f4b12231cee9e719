package dev.termdeck.extract.zh;

import java.util.Objects;

/**
 * One piece of segmented Chinese text: a word (or a run of Latin letters, digits or punctuation) with its
 * part-of-speech tag and its place in the text.
 *
 * @param word  the piece as it appears in the (simplified) text, never empty
 * @param tag   HanLP's part-of-speech tag ({@code n}, {@code vn}, {@code gi}, {@code nx} for Latin words, {@code w} for
 *              punctuation, ...)
 * @param start the offset of the piece's first character in the text that was segmented
 */
public record ZhToken(String word, String tag, int start) {
    public ZhToken {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(tag, "tag");
        if (word.isEmpty()) {
            throw new IllegalArgumentException("empty token at " + start);
        }
    }

    /** The offset just past the piece's last character. */
    public int end() {
        return start + word.length();
    }
}
