package dev.termdeck.cli;

import dev.termdeck.TermdeckException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code termdeck import}: Import cards from Anki text, CSV or Quizlet text into a deck. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import cards from Anki text, CSV or Quizlet text into a deck.")
final class ImportCommand implements Callable<Integer> {
    ImportCommand(CliContext context) {
    }

    @Override
    public Integer call() {
        throw new TermdeckException("'termdeck import' is not available in this build yet");
    }
}
