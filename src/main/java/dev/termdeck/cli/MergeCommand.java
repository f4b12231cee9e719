package dev.termdeck.cli;

import dev.termdeck.TermdeckException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code termdeck merge}: Unite decks by card id, keeping what people edited. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Unite decks by card id, keeping what people edited.")
final class MergeCommand implements Callable<Integer> {
    MergeCommand(CliContext context) {
    }

    @Override
    public Integer call() {
        throw new TermdeckException("'termdeck merge' is not available in this build yet");
    }
}
