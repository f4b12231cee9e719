package dev.termdeck.exchange;

import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import java.util.List;

/**
 * What an import read.
 *
 * @param cards    the cards, ids unique
 * @param title    a deck title the file gave (Anki's {@code #deck} header), or {@link Bilingual#EMPTY}
 * @param warnings things ignored on the way (unknown columns), one line each
 */
public record Imported(List<Card> cards, Bilingual title, List<String> warnings) {
    public Imported {
        cards = List.copyOf(cards);
        warnings = List.copyOf(warnings);
    }
}
