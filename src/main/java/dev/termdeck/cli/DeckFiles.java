package dev.termdeck.cli;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.DeckJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a DECK argument into a file: a path (it has a directory part, ends in {@code .json}, or names an existing
 * file) is taken as it is, relative to the working directory; anything else is a deck name in the decks directory
 * ({@code NAME.deck.json}). Stateless.
 */
final class DeckFiles {
    private DeckFiles() {
    }

    /** The file {@code arg} names, whether or not it exists. */
    static Path target(CliContext context, String arg) {
        if (arg.isBlank()) {
            throw TermdeckException.usage("the deck name is empty");
        }
        Path asPath = context.dirs().workDir().resolve(arg);
        if (arg.contains("/") || arg.contains(java.io.File.separator) || arg.endsWith(".json")
                || Files.isRegularFile(asPath)) {
            return asPath.normalize();
        }
        return context.dirs().defaultDecksDir().resolve(arg + DeckJson.SUFFIX);
    }

    /** The existing deck file {@code arg} names; a usage error listing the decks when a name matches none. */
    static Path existing(CliContext context, String arg) {
        Path file = target(context, arg);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path dir = context.dirs().defaultDecksDir();
        if (!file.getParent().equals(dir)) {
            throw new TermdeckException(file + ": no such deck file");
        }
        String known;
        try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            known = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(DeckJson.SUFFIX))
                    .map(n -> n.substring(0, n.length() - DeckJson.SUFFIX.length())).sorted()
                    .collect(Collectors.joining(", "));
        } catch (IOException e) {
            known = "";
        }
        throw TermdeckException.usage("no deck '" + arg + "' in " + dir
                + (known.isEmpty() ? " (it has no decks)" : " (decks: " + known + ")"));
    }

    /** Whether {@code a} and {@code b} are the same file (both existing), or the same path. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
