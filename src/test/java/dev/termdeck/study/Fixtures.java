package dev.termdeck.study;

import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fixture decks in {@code src/test/resources/decks}. */
public final class Fixtures {
    public static final Path DECKS = Path.of("src/test/resources/decks");

    private Fixtures() {
    }

    /** 12 English/Chinese cards: pinyin, abbreviations, definitions, one English-only and one Chinese-only card. */
    public static Deck mlMini() {
        return read("ml-mini");
    }

    /** 3 basic cards, definitions in both languages for some. */
    public static Deck basics() {
        return read("basics");
    }

    public static Deck read(String name) {
        try {
            return DeckJson.read(DECKS.resolve(name + DeckJson.SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the fixture decks into {@code dir}; the copies. */
    public static List<LoadedDeck> copyTo(Path dir, String... names) {
        try {
            Files.createDirectories(dir);
            List<LoadedDeck> out = new java.util.ArrayList<>();
            for (String n : names) {
                Path to = dir.resolve(n + DeckJson.SUFFIX);
                Files.copy(DECKS.resolve(n + DeckJson.SUFFIX), to);
                out.add(new LoadedDeck(to, DeckJson.read(to)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
