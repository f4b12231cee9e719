package dev.termdeck.cli;

import dev.termdeck.bench.StudyBench;
import dev.termdeck.core.TermdeckException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code termdeck bench study}: answer-to-next-card latency and the start-up time of study. */
@Command(name = "study", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answer-to-next-card latency (commit included) on a synthetic deck, per mode; then the "
                + "start-up time of 'termdeck study --plain' to its first prompt, fed by a pipe, next to "
                + "'termdeck --version' measured in the same run."})
final class BenchStudyCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--cards", paramLabel = "N", defaultValue = "5000",
            description = "Cards in the synthetic deck (default: ${DEFAULT-VALUE}).")
    int cards;

    @Option(names = "--answers", paramLabel = "N", defaultValue = "400",
            description = "Answers per mode (default: ${DEFAULT-VALUE}).")
    int answers;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "11",
            description = "Launcher starts per start-up figure, 0 to skip (default: ${DEFAULT-VALUE}).")
    int runs;

    BenchStudyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (cards < 10 || answers < 1 || runs < 0) {
            throw TermdeckException.badRequest("--cards must be at least 10, --answers positive, --runs not negative");
        }
        Path home = context.dirs().installDir() != null ? context.dirs().installDir() : context.dirs().workDir();
        PrintWriter out = spec.commandLine().getOut();
        StudyBench.run(new StudyBench.Options(cards, answers, runs, home.resolve("termdeck")), out);
        out.flush();
        return 0;
    }
}
