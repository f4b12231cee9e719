package dev.termdeck.exchange;

import dev.termdeck.deck.Deck;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a deck in one {@link Format}. Implementations are stateless and thread-safe. */
public interface Exporter {
    /** Writes {@code deck} to {@code out} (not closed); says what was written. */
    ExportReport write(Deck deck, ExportOptions options, OutputStream out) throws IOException;
}
