package dev.termdeck.cli;

import dev.termdeck.TermdeckException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code termdeck eval}: Score a deck against a gold set of key terms: recall, cards per document, definitions, abbreviations. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score a deck against a gold set of key terms: recall, cards per document, definitions, abbreviations.")
final class EvalCommand implements Callable<Integer> {
    EvalCommand(CliContext context) {
    }

    @Override
    public Integer call() {
        throw new TermdeckException("'termdeck eval' is not available in this build yet");
    }
}
