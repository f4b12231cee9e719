package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;

/**
 * Definitions of terms from outside the corpus: a user's glossary, the dictionary bundled with termdeck, and
 * definitions composed from its entries. The last resort of {@link DefinitionChooser}. Implementations are immutable and thread-safe.
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

    /** This dictionary, then {@code next} for a card and side this one has no definition for. */
    default DefinitionDictionary orElse(DefinitionDictionary next) {
        java.util.Objects.requireNonNull(next, "next");
        return (card, lang) -> {
            Entry e = lookup(card, lang);
            return e != null ? e : next.lookup(card, lang);
        };
    }
}
