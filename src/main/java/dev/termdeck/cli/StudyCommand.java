package dev.termdeck.cli;

import dev.termdeck.TermdeckException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code termdeck study}: drills the cards of one or more decks. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Study decks in the terminal (the default command).")
final class StudyCommand implements Callable<Integer> {
    StudyCommand(CliContext context) {
    }

    @Override
    public Integer call() {
        throw new TermdeckException("the study UI is not available in this build yet; "
                + "'termdeck corpus' lists the corpus, 'termdeck --help' lists every command");
    }
}
