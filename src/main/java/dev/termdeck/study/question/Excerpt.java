package dev.termdeck.study.question;

import dev.termdeck.core.Lang;
import java.util.List;
import java.util.Objects;

/**
 * A sentence to show with a card (where the term was found), with the places of the term in it.
 *
 * @param text       the sentence
 * @param lang       its language
 * @param highlights where the term (or an alias or abbreviation) occurs, in order, not overlapping
 */
public record Excerpt(String text, Lang lang, List<Span> highlights) {
    public Excerpt {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        highlights = List.copyOf(highlights);
        for (Span s : highlights) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + s + " is past the end of the sentence");
            }
        }
    }
}
