package dev.termdeck.study;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the decks to study (the files {@code deck.DeckFiles} chose). A deck that will not parse is an error naming
 * file:line:col; two different files holding decks of the same name are refused, because progress is kept by deck
 * name. Stateless.
 */
public final class DeckLoader {
    private DeckLoader() {
    }

    /** Reads one deck file (normally {@link DeckJson#read}; a caller may hand over decks it read ahead). */
    @FunctionalInterface
    public interface DeckSource {
        Deck read(Path file) throws IOException;
    }

    /** Reads {@code files} with {@link DeckJson#read}. */
    public static List<LoadedDeck> load(List<Path> files) throws IOException {
        return load(files, DeckJson::read);
    }

    /**
     * Reads {@code files} through {@code source}, in order; a file named twice is read once.
     *
     * @throws TermdeckException a bad request when two files hold decks of the same name
     */
    public static List<LoadedDeck> load(List<Path> files, DeckSource source) throws IOException {
        List<LoadedDeck> decks = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path f : files) {
            LoadedDeck d = new LoadedDeck(f, source.read(f));
            Path other = byName.putIfAbsent(d.name(), f);
            if (other != null) {
                if (other.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize())) {
                    continue;
                }
                throw TermdeckException.badRequest("two decks are named '" + d.name() + "' (" + other + " and " + f
                        + "); progress is kept by deck name, so study one of them at a time");
            }
            decks.add(d);
        }
        return decks;
    }
}
