package dev.termdeck.study;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds and reads the decks to study: every {@code *.deck.json} in the decks directory, or the decks named on the
 * command line (a name {@code NAME} is {@code DECKS_DIR/NAME.deck.json}; anything with a slash or ending in
 * {@code .json} is a path; a directory gives every deck in it). A deck that will not parse is an error naming
 * file:line:col. Stateless.
 */
public final class DeckLoader {
    private DeckLoader() {
    }

    /**
     * Loads decks.
     *
     * @param decksDir the decks directory
     * @param workDir  the directory relative paths are resolved against
     * @param specs    deck names or paths; empty for every deck in {@code decksDir}
     */
    public static List<LoadedDeck> load(Path decksDir, Path workDir, List<String> specs) throws IOException {
        return load(decksDir, workDir, specs, DeckJson::read);
    }

    /** Reads one deck file (normally {@link DeckJson#read}; a caller may hand over decks it read ahead). */
    @FunctionalInterface
    public interface DeckSource {
        Deck read(Path file) throws IOException;
    }

    /** Like {@link #load(Path, Path, List)}, reading each deck file through {@code source}. */
    public static List<LoadedDeck> load(Path decksDir, Path workDir, List<String> specs, DeckSource source)
            throws IOException {
        List<LoadedDeck> decks = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path f : files(decksDir, workDir, specs)) {
            LoadedDeck d = new LoadedDeck(f, source.read(f));
            Path other = byName.putIfAbsent(d.name(), f);
            if (other != null) {
                if (other.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize())) {
                    continue;
                }
                throw TermdeckException.usage("two decks are named '" + d.name() + "' (" + other + " and " + f
                        + "); progress is kept by deck name, so study one of them at a time");
            }
            decks.add(d);
        }
        return decks;
    }

    /** The deck files {@code specs} name (every deck in {@code decksDir} for none), without reading them. */
    public static List<Path> files(Path decksDir, Path workDir, List<String> specs) throws IOException {
        List<Path> files = new ArrayList<>();
        if (specs.isEmpty()) {
            if (!Files.isDirectory(decksDir)) {
                throw new TermdeckException(decksDir + ": no decks directory; build a deck with 'termdeck build'"
                        + " or name a deck file");
            }
            files.addAll(deckFiles(decksDir));
            if (files.isEmpty()) {
                throw new TermdeckException(decksDir + ": no decks (*" + DeckJson.SUFFIX + ") here; build one with"
                        + " 'termdeck build' or name a deck file");
            }
        }
        for (String spec : specs) {
            files.addAll(resolve(decksDir, workDir, spec));
        }
        return files;
    }

    private static List<Path> resolve(Path decksDir, Path workDir, String spec) throws IOException {
        boolean path = spec.contains("/") || spec.contains(java.io.File.separator) || spec.endsWith(".json");
        Path p = workDir.resolve(spec);
        if (path || Files.exists(p) && !Files.exists(decksDir.resolve(spec + DeckJson.SUFFIX))) {
            if (Files.isDirectory(p)) {
                List<Path> in = deckFiles(p);
                if (in.isEmpty()) {
                    throw TermdeckException.usage(p + ": no decks (*" + DeckJson.SUFFIX + ") in this directory");
                }
                return in;
            }
            if (!Files.exists(p)) {
                throw TermdeckException.usage(p + ": no such deck file");
            }
            return List.of(p);
        }
        Path named = decksDir.resolve(spec + DeckJson.SUFFIX);
        if (!Files.exists(named)) {
            List<String> known = Files.isDirectory(decksDir)
                    ? deckFiles(decksDir).stream().map(DeckJson::nameOf).toList() : List.of();
            throw TermdeckException.usage("no deck named '" + spec + "' in " + decksDir
                    + (known.isEmpty() ? "" : " (decks: " + String.join(", ", known) + ")"));
        }
        return List.of(named);
    }

    private static List<Path> deckFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(DeckJson.SUFFIX) && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }
}
