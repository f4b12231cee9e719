package dev.termdeck.extract.en;

import java.util.List;

/**
 * One sentence of a document, tokenized and tagged; hyphenated compounds are one token.
 *
 * @param start  the offset of its first character in the document
 * @param end    the offset after its last character
 * @param text   the sentence as written
 * @param tokens its tokens, in order
 */
public record Sentence(int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive), as written in the sentence. */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
