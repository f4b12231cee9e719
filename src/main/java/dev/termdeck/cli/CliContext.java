package dev.termdeck.cli;

import dev.termdeck.deck.DeckFiles;
import dev.termdeck.io.AppDirs;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

/**
 * What commands need from the process around them, passed in so that tests control it.
 *
 * @param dirs        where data, decks and the corpus live
 * @param clock       the time source (review times, deck timestamps)
 * @param in          standard input (plain study mode reads answers from it)
 * @param env         the environment variables
 * @param interactive whether standard input and output are a terminal
 */
public record CliContext(AppDirs dirs, Clock clock, InputStream in, Map<String, String> env, boolean interactive) {

    /** The one rule for deck arguments, over this context's decks and working directories. */
    public DeckFiles deckFiles() {
        return new DeckFiles(dirs.defaultDecksDir(), dirs.workDir());
    }

    /** The context of this process. */
    public static CliContext system() {
        return new CliContext(AppDirs.fromEnvironment(), Clock.systemUTC(), System.in, System.getenv(),
                System.console() != null);
    }
}
