package dev.termdeck.cli;

import dev.termdeck.TermdeckException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code termdeck export}: Export a deck as an Anki package, Anki or Quizlet text, CSV, or a printable glossary. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a deck as an Anki package, Anki or Quizlet text, CSV, or a printable glossary.")
final class ExportCommand implements Callable<Integer> {
    ExportCommand(CliContext context) {
    }

    @Override
    public Integer call() {
        throw new TermdeckException("'termdeck export' is not available in this build yet");
    }
}
