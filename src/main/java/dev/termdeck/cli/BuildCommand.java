package dev.termdeck.cli;

import dev.termdeck.TermdeckException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code termdeck build}: Build a deck from the corpus: extract key terms, definitions, abbreviations and translations. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build a deck from the corpus: extract key terms, definitions, abbreviations and translations.")
final class BuildCommand implements Callable<Integer> {
    BuildCommand(CliContext context) {
    }

    @Override
    public Integer call() {
        throw new TermdeckException("'termdeck build' is not available in this build yet");
    }
}
