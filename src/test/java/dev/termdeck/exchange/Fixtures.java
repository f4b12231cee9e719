package dev.termdeck.exchange;

import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The realistic class deck in test resources (English and Chinese cards, and text hostile to CSV, TSV and HTML). */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private Fixtures() {
    }

    static Deck classDeck() {
        try (InputStream in = Fixtures.class.getResourceAsStream("class-deck.deck.json")) {
            return DeckJson.parse("class-deck.deck.json", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cards an Anki export carries: those with both an English and a Chinese term. */
    static java.util.List<dev.termdeck.deck.Card> twoSided(Deck deck) {
        return deck.cards().stream().filter(c -> c.term().en() != null && c.term().zh() != null).toList();
    }

    static ExportOptions options(ExportDirection direction) {
        return new ExportOptions(direction, NOW);
    }

    static byte[] exportBytes(Format format, Deck deck, ExportDirection direction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Exports.exporter(format).write(deck, options(direction), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String export(Format format, Deck deck, ExportDirection direction) {
        return new String(exportBytes(format, deck, direction), StandardCharsets.UTF_8);
    }
}
