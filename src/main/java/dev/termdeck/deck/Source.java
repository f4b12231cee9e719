package dev.termdeck.deck;

import dev.termdeck.core.Lang;
import dev.termdeck.core.SafeText;
import java.util.Objects;

/**
 * Where a card's term was found.
 *
 * @param doc      the corpus document id ({@code 000_3e07494079a9efff#1})
 * @param lang     the language of the sentence
 * @param sentence the sentence (or clause) in which the term was found or defined; controls and line breaks in it
 *                 are one space ({@link SafeText#stored})
 */
public record Source(String doc, Lang lang, String sentence) {
    public Source {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(sentence, "sentence");
        doc = SafeText.stored(doc);
        sentence = SafeText.stored(sentence);
        if (doc.isBlank()) {
            throw new IllegalArgumentException("source doc is blank");
        }
    }
}
