package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;

/**
 * Definitions of terms from outside the corpus: a user's glossary and the dictionary bundled with termdeck. The last
 * resort of {@link DefinitionChooser}. Implementations are immutable and thread-safe.
 */
public interface DefinitionDictionary {
    /** A dictionary that knows no definitions. */
    DefinitionDictionary NONE = (card, lang) -> null;

    /** A definition and where it comes from. */
    record Entry(String text, DefinitionSource source) {
    }

    /**
     * The definition in {@code lang} of the term of {@code card}, or {@code null} when the dictionary has none or
     * cannot be sure that its entry is the card's term.
     */
    Entry lookup(Card card, Lang lang);
}
