package dev.termdeck.cli;

import dev.termdeck.TermdeckException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code termdeck bench}: Measure extraction throughput, build cost and study latency (run by hand, not in CI). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure extraction throughput, build cost and study latency (run by hand, not in CI).")
final class BenchCommand implements Callable<Integer> {
    BenchCommand(CliContext context) {
    }

    @Override
    public Integer call() {
        throw new TermdeckException("'termdeck bench' is not available in this build yet");
    }
}
