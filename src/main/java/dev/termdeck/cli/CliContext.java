package dev.termdeck.cli;

import dev.termdeck.deck.DeckFiles;
import dev.termdeck.io.AppDirs;
import java.io.InputStream;
import java.io.OutputStream;
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
 * @param stdout      standard output as bytes, for data that is not lines of text ({@code export -o -}); text goes
 *                    through the command's writer, which must be flushed first
 */
public record CliContext(AppDirs dirs, Clock clock, InputStream in, Map<String, String> env, boolean interactive,
        OutputStream stdout) {

    /** A context whose standard output takes no bytes besides its writer's (tests, the training runs). */
    public CliContext(AppDirs dirs, Clock clock, InputStream in, Map<String, String> env, boolean interactive) {
        this(dirs, clock, in, env, interactive, OutputStream.nullOutputStream());
    }

    /** The one rule for deck arguments, over this context's decks and working directories. */
    public DeckFiles deckFiles() {
        return new DeckFiles(dirs.defaultDecksDir(), dirs.workDir());
    }

    /** The context of this process. */
    public static CliContext system() {
        return new CliContext(AppDirs.fromEnvironment(), Clock.systemUTC(), System.in, System.getenv(),
                System.console() != null, System.out);
    }
}
