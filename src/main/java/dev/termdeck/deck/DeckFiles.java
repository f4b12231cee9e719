package dev.termdeck.deck;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.io.InputFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The one rule that turns what people call a deck into a file, for every command. A spec with a directory part, or
 * ending in {@code .json}, is a path relative to the working directory. Any other spec is a deck name: the deck
 * {@code NAME.deck.json} in the decks directory when it exists, else a file or directory {@code NAME} in the working
 * directory when that exists, else (for a deck to be written) {@code NAME.deck.json} in the decks directory. Reads
 * directories, never files. Thread-safe (immutable).
 *
 * @param decksDir the decks directory
 * @param workDir  the directory relative paths are resolved against
 */
public record DeckFiles(Path decksDir, Path workDir) {
    public DeckFiles {
        Objects.requireNonNull(decksDir, "decksDir");
        Objects.requireNonNull(workDir, "workDir");
    }

    /**
     * The file or directory {@code spec} names, whether or not it exists.
     *
     * @throws TermdeckException a bad request when {@code spec} is blank
     */
    public Path resolve(String spec) {
        if (spec.isBlank()) {
            throw TermdeckException.badRequest("the deck name is empty");
        }
        Path asPath = workDir.resolve(spec).normalize();
        if (isPath(spec)) {
            return asPath;
        }
        Path named = decksDir.resolve(spec + DeckJson.SUFFIX);
        return !Files.exists(named) && Files.exists(asPath) ? asPath : named;
    }

    /**
     * The deck file {@code spec} names, for a deck to be written (it need not exist).
     *
     * @throws TermdeckException a bad request when {@code spec} is a name but not a valid deck name ({@link DeckNames})
     */
    public Path target(String spec) {
        if (!isPath(spec)) {
            DeckNames.problem(spec).ifPresent(p -> {
                throw TermdeckException.badRequest(p);
            });
        }
        return resolve(spec);
    }

    /**
     * The existing deck file {@code spec} names.
     *
     * @throws TermdeckException a bad request when there is none: naming the decks there are for a deck name
     */
    public Path existing(String spec) throws IOException {
        Path p = resolve(spec);
        if (Files.isRegularFile(p)) {
            return p;
        }
        if (Files.isDirectory(p)) {
            throw TermdeckException.badRequest(p + ": a directory, not a deck file");
        }
        if (InputFiles.isSpecial(p)) {
            throw new DeckFormatException(p + ": " + InputFiles.NOT_REGULAR, null);
        }
        throw missing(spec, p);
    }

    /**
     * The deck files {@code specs} name, in order: a deck name or file gives itself, a directory every deck in it
     * (in name order); no spec gives every deck of the decks directory.
     *
     * @throws NoDecksException when there is no spec and the decks directory is missing or holds no deck
     * @throws TermdeckException a bad request for a spec that names no deck
     */
    public List<Path> selected(List<String> specs) throws IOException {
        List<Path> files = new ArrayList<>();
        if (specs.isEmpty()) {
            if (!Files.isDirectory(decksDir)) {
                throw new NoDecksException(decksDir + ": no decks directory");
            }
            files.addAll(decksIn(decksDir));
            if (files.isEmpty()) {
                throw new NoDecksException(decksDir + ": no decks (*" + DeckJson.SUFFIX + ") here");
            }
        }
        for (String spec : specs) {
            Path p = resolve(spec);
            if (Files.isDirectory(p)) {
                List<Path> in = decksIn(p);
                if (in.isEmpty()) {
                    throw TermdeckException.badRequest(p + ": no decks (*" + DeckJson.SUFFIX + ") in this directory");
                }
                files.addAll(in);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw missing(spec, p);
            }
        }
        return files;
    }

    /** Whether {@code a} and {@code b} are the same file (both existing), or the same path. */
    public static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static boolean isPath(String spec) {
        return spec.contains("/") || spec.contains(File.separator) || spec.endsWith(".json");
    }

    private TermdeckException missing(String spec, Path p) throws IOException {
        if (isPath(spec)) {
            return TermdeckException.badRequest(p + ": no such deck file");
        }
        List<String> known = Files.isDirectory(decksDir)
                ? decksIn(decksDir).stream().map(DeckJson::nameOf).toList() : List.of();
        return TermdeckException.badRequest("no deck named '" + spec + "' in " + decksDir
                + (known.isEmpty() ? " (it has no decks)" : " (decks: " + String.join(", ", known) + ")"));
    }

    private static List<Path> decksIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(DeckJson.SUFFIX) && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }
}
