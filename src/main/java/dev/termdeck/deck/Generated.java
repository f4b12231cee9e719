package dev.termdeck.deck;

import dev.termdeck.core.SafeText;
import java.util.List;

/**
 * How a deck was made.
 *
 * @param tool   the tool and version ({@code termdeck 0.1.0}), or {@code null} for a deck written by hand
 * @param at     when, as an ISO-8601 UTC instant, or {@code null}
 * @param corpus the corpus files the deck was built from
 */
public record Generated(String tool, String at, List<String> corpus) {
    public Generated {
        // A shared deck says what it likes here: stored without controls, as every text of a deck is.
        tool = SafeText.stored(tool);
        at = SafeText.stored(at);
        corpus = corpus == null ? List.of() : corpus.stream().map(SafeText::stored).toList();
    }
}
