package dev.termdeck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code termdeck} command; without a subcommand, {@link Main} runs {@code study}. Its subcommands are
 * registered by {@link Main} (only the one being run, to keep start-up short).
 */
@Command(name = "termdeck",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Bilingual (English/Chinese) flashcards of the key terms of ML paper abstracts, studied in the terminal.",
            "Without a command, opens the study UI on the bundled decks."},
        footer = {"", "Exit codes: 0 ok, 1 runtime error, 2 usage error.",
            "Progress and settings live in $TERMDECK_HOME if set,",
            "else in $XDG_DATA_HOME/termdeck or ~/.local/share/termdeck."})
final class TermdeckCommand implements Callable<Integer> {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean debug;

    @Override
    public Integer call() {
        // Main routes a bare "termdeck" to "study"; reaching here means only global options were given.
        return 0;
    }
}
