package dev.termdeck.extract.en;

/**
 * Where a term occurs: a sentence and a character span in that sentence's text.
 *
 * @param sentence the sentence index in the document
 * @param from     the offset of the first character within the sentence text
 * @param to       the offset after the last character within the sentence text
 * @param whole    whether the term is a whole phrase here (not a piece of a longer one): only such occurrences can
 *                 be defined
 */
record Occurrence(int sentence, int from, int to, boolean whole) {
}
