package dev.termdeck.extract.en;

/**
 * One token of a sentence, with its character span in the document text and its UPOS tag.
 *
 * @param text  the token as written
 * @param start the offset of its first character in the document
 * @param end   the offset after its last character
 * @param tag   the UPOS tag ({@code NOUN}, {@code PROPN}, {@code ADJ}, ...)
 */
public record Token(String text, int start, int end, String tag) {
    /** Whether the tag is one of {@code tags}. */
    boolean is(String... tags) {
        for (String t : tags) {
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** A noun or proper noun. */
    boolean isNoun() {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }
}
