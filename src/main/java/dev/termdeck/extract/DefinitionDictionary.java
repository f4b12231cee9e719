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

    /**
     * The same, knowing the text of the papers the card comes from, so that an entry whose sense belongs to one field
     * can ask whether the paper is in it. By default the papers' text is not used.
     */
    default Entry lookup(Card card, Lang lang, Papers papers) {
        return lookup(card, lang);
    }

    /**
     * The look-ups of one card, a side at a time, as {@link #lookup(Card, Lang, Papers)} makes them. A dictionary that
     * finds a card's entry once for both sides overrides it, so that a card without a definition on either side is
     * not looked up twice; the function is for one thread and does nothing before it is asked.
     */
    default java.util.function.Function<Lang, Entry> forCard(Card card, Papers papers) {
        return lang -> lookup(card, lang, papers);
    }

    /**
     * The text of the papers a card comes from (every version of each), or an empty string when it is not known. A
     * look-up may ask for it several times or not at all: an implementation that joins much text remembers it.
     */
    @FunctionalInterface
    interface Papers {
        /** No paper text: only the card's own sentences are known. */
        Papers NONE = card -> "";

        String textOf(Card card);
    }

    /**
     * A dictionary that finds a card's entry once for both sides: it gives {@link #forCard(Card, Papers)}, and both
     * look-ups are made through it (without papers, with {@link Papers#NONE}).
     */
    abstract class ByCard implements DefinitionDictionary {
        @Override
        public final Entry lookup(Card card, Lang lang) {
            return lookup(card, lang, Papers.NONE);
        }

        @Override
        public final Entry lookup(Card card, Lang lang, Papers papers) {
            return forCard(card, papers).apply(lang);
        }

        @Override
        public abstract java.util.function.Function<Lang, Entry> forCard(Card card, Papers papers);
    }

    /** This dictionary, then {@code next} for a card and side this one has no definition for. */
    default DefinitionDictionary orElse(DefinitionDictionary next) {
        java.util.Objects.requireNonNull(next, "next");
        DefinitionDictionary first = this;
        return new ByCard() {
            @Override
            public java.util.function.Function<Lang, Entry> forCard(Card card, Papers papers) {
                java.util.function.Function<Lang, Entry> a = first.forCard(card, papers);
                java.util.function.Function<Lang, Entry> b = next.forCard(card, papers);
                return lang -> {
                    Entry e = a.apply(lang);
                    return e != null ? e : b.apply(lang);
                };
            }
        };
    }
}
