package dev.termdeck.extract;

import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Generated;
import java.util.List;
import java.util.Objects;

/**
 * What a built deck is called and how it was made: everything about it that does not come from extraction.
 *
 * @param name      the deck name (file name stem)
 * @param title     its title
 * @param tags      tags given to every card
 * @param generated the tool, time and corpus files
 */
public record DeckSpec(String name, Bilingual title, List<String> tags, Generated generated) {
    public DeckSpec {
        Objects.requireNonNull(name, "name");
        title = title == null ? Bilingual.EMPTY : title;
        tags = tags == null ? List.of() : List.copyOf(tags);
        Objects.requireNonNull(generated, "generated");
    }
}
