package dev.termdeck.cli;

import dev.termdeck.TermdeckException;
import dev.termdeck.bench.BuildMemoryBench;
import dev.termdeck.bench.EnglishExtractionBench;
import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code termdeck bench extract}: extraction speed against the raw OpenNLP ceiling, and a build's memory. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"English extraction in tokens/s on 1 and 2 threads against the raw OpenNLP "
                + "sentence+token+POS ceiling measured in the same run; then the wall time and peak memory of a "
                + "whole build of the corpus in a child JVM."})
final class BenchExtractCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to measure on (default: ./corpus).")
    Path corpus;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3",
            description = "Length of one measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Rounds per figure; the median is shown (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--builds", paramLabel = "N", defaultValue = "3",
            description = "Builds in a child JVM for the memory figure, 0 to skip (default: ${DEFAULT-VALUE}).")
    int builds;

    BenchExtractCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0) || rounds < 1 || builds < 0) {
            throw TermdeckException.usage("--seconds and --rounds must be positive, --builds not negative");
        }
        Path dir = corpus != null ? context.dirs().workDir().resolve(corpus) : context.dirs().defaultCorpusDir();
        Corpus read = new CorpusReader().read(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        EnglishExtractionBench.Figures f = new EnglishExtractionBench(read.documents()).run(rounds, seconds);
        out.printf(Locale.ROOT, "English extraction: %d documents, %,d tokens a pass; median of %d rounds of %.0f s%n",
                f.documents(), f.tokens(), rounds, seconds);
        out.printf(Locale.ROOT, "  raw OpenNLP sentence+token+POS, 1 thread  %,9.0f tokens/s%n", f.raw1());
        out.printf(Locale.ROOT, "  whole extraction, 1 thread                %,9.0f tokens/s  %.2f of the raw ceiling%n",
                f.extract1(), f.ratio());
        out.printf(Locale.ROOT, "  raw OpenNLP sentence+token+POS, 2 threads %,9.0f tokens/s%n", f.raw2());
        out.printf(Locale.ROOT, "  whole extraction, 2 threads               %,9.0f tokens/s  %.2fx one thread%n",
                f.extract2(), f.speedup());
        out.flush();
        if (builds > 0) {
            BuildMemoryBench bench = new BuildMemoryBench(dir);
            double[] times = new double[builds];
            double peak = -1;
            String last = "";
            for (int i = 0; i < builds; i++) {
                BuildMemoryBench.Run run = bench.run();
                times[i] = run.seconds();
                peak = Math.max(peak, run.peakRssMb());
                last = run.output();
            }
            java.util.Arrays.sort(times);
            out.printf(Locale.ROOT, "build of the corpus in a child JVM (%d runs): %.1f s median wall time, peak RSS %s%n",
                    builds, times[builds / 2], peak < 0 ? "unknown (no /proc)" : String.format(Locale.ROOT,
                            "%.0f MB", peak));
            out.println("  " + last.replace("\n", "\n  "));
        }
        out.flush();
        return 0;
    }
}
