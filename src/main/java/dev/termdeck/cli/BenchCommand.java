package dev.termdeck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code termdeck bench}: the benchmarks, one subcommand each (run by hand, not in CI). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction throughput, build cost and study latency (run by hand, not in CI).",
        subcommands = {BenchExtractCommand.class, BenchBuildCommand.class, BenchStudyCommand.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    BenchCommand(CliContext context) {
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
