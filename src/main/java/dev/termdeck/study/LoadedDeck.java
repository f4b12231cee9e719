package dev.termdeck.study;

import dev.termdeck.deck.Deck;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A deck read for study, with the file it came from (edits are written back there).
 *
 * @param file the {@code *.deck.json} file
 * @param deck the deck
 */
public record LoadedDeck(Path file, Deck deck) {
    public LoadedDeck {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(deck, "deck");
    }

    /** The deck's name, which keys its progress. */
    public String name() {
        return deck.name();
    }
}
