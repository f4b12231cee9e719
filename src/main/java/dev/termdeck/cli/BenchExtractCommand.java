package dev.termdeck.cli;

import dev.termdeck.bench.AlignmentBench;
import dev.termdeck.bench.BuildMemoryBench;
import dev.termdeck.bench.ChineseExtractionBench;
import dev.termdeck.bench.EnglishExtractionBench;
import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.HanLpTermExtractor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code termdeck bench extract}: English extraction speed against the raw OpenNLP ceiling, Chinese extraction speed
 * against HanLP's segmentation alone, and a build's memory.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"English extraction in tokens/s on 1 and 2 threads against the raw OpenNLP "
                + "sentence+token+POS ceiling measured in the same run; Chinese extraction in characters/s on 1 "
                + "thread against HanLP's segmentation alone; the alignment of papers with their translation, apart; "
                + "then the wall time and peak memory of a whole build of the corpus in a child JVM."})
final class BenchExtractCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpus;

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
            throw TermdeckException.badRequest("--seconds and --rounds must be positive, --builds not negative");
        }
        Path dir = corpus.resolve(context);
        Corpus read = new CorpusReader().read(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "machine: %d cores, Java %s, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (read.documents().stream().anyMatch(d -> d.lang() == Lang.EN)) {
            english(read.documents(), out);
        }
        if (read.documents().stream().anyMatch(d -> d.lang() == Lang.ZH)) {
            chinese(read.documents(), out);
        }
        if (read.papers().stream().anyMatch(p -> p.isBilingual())) {
            alignment(read.documents(), out);
        }
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
            // Line by line: the terminal writer folds a newline inside one value (shown as ␊).
            last.lines().forEach(line -> out.println("  " + line));
        }
        out.flush();
        return 0;
    }

    private void english(List<Document> docs, PrintWriter out) {
        EnglishExtractionBench.Figures f = new EnglishExtractionBench(docs).run(rounds, seconds);
        out.printf(Locale.ROOT, "English extraction: %d documents, %,d tokens a pass; median of %d rounds of %.0f s%n",
                f.documents(), f.tokens(), rounds, seconds);
        out.printf(Locale.ROOT, "  raw OpenNLP sentence+token+POS, 1 thread  %,9.0f tokens/s%n", f.raw1());
        out.printf(Locale.ROOT, "  whole extraction, 1 thread                %,9.0f tokens/s  %.2f of the raw ceiling%n",
                f.extract1(), f.ratio());
        out.printf(Locale.ROOT, "  per CPU second, 1 thread: raw %,.0f, whole %,.0f tokens/s  %.2f of the raw ceiling%n",
                f.rawCpu(), f.extractCpu(), f.cpuRatio());
        double[] paired = f.pairedCpu();
        out.printf(Locale.ROOT, "  per CPU second, paired in each round: median %.2f of the raw ceiling (%.2f to %.2f); "
                + "warm-up %.1f s, %s%n", f.pairedCpuRatio(), paired[0], paired[paired.length - 1],
                f.warmUp().seconds(), f.warmUp().quiet() ? "JIT quiet" : "JIT still compiling");
        out.printf(Locale.ROOT, "  per CPU second, runs of %d passes alternated (%d pairs): %.2f of the raw ceiling "
                + "(median pair %.2f)%n", EnglishExtractionBench.BLOCK, f.interleaved().pairs(), f.interleaved().ratio(), f.interleaved().median());
        out.printf(Locale.ROOT, "  raw OpenNLP sentence+token+POS, 2 threads %,9.0f tokens/s%n", f.raw2());
        out.printf(Locale.ROOT, "  whole extraction, 2 threads               %,9.0f tokens/s  %.2fx one thread%n",
                f.extract2(), f.speedup());
        out.flush();
    }

    /** Alignment of the papers read with their translation, apart from extraction (one thread). */
    private void alignment(List<Document> docs, PrintWriter out) {
        var glossary = Extractors.glossary(null);
        AlignmentBench.Figures f = new AlignmentBench(docs, Extractors.load(java.util.Set.of(Lang.EN, Lang.ZH),
                glossary), Extractors.aligner(glossary), System::nanoTime).run(Math.max(3, rounds));
        out.printf(Locale.ROOT, "Alignment of papers with their translation: %d papers, median of %d rounds%n",
                f.papers(), f.rounds());
        out.printf(Locale.ROOT, "  alignment, 1 thread                       %9.2f s  %.1f ms a paper%n",
                f.alignmentSeconds(), f.millisPerPaper());
        out.printf(Locale.ROOT, "  extraction of the same %d documents       %9.2f s  alignment adds %.2f of it%n",
                f.documents(), f.extractionSeconds(), f.shareOfExtraction());
        out.flush();
    }

    /**
     * The Chinese path on one thread against HanLP's segmentation alone, best round of as many as fit in
     * {@code rounds} x {@code seconds} (one round is every Chinese document once).
     */
    private void chinese(List<Document> docs, PrintWriter out) {
        HanLpChinese hanlp = HanLpChinese.get();
        ChineseExtractionBench bench = new ChineseExtractionBench(
                new HanLpTermExtractor(hanlp, Extractors.glossary(null)), hanlp, System::nanoTime, threadCpu());
        ChineseExtractionBench.Result probe = bench.run(docs, 3, 1);
        double roundSeconds = probe.chars() / probe.charsPerSecond() + probe.chars() / probe.segmentPerSecond();
        int n = (int) Math.max(3, Math.min(100_000, rounds * seconds / roundSeconds));
        ChineseExtractionBench.Result r = bench.run(docs, Math.max(3, n / 10), n);
        out.printf(Locale.ROOT, "Chinese extraction: %d documents, %,d characters a round; best of %d rounds%n",
                r.documents(), r.chars(), r.rounds());
        out.printf(Locale.ROOT, "  HanLP segmentation alone, 1 thread        %,9.0f chars/s%n", r.segmentPerSecond());
        out.printf(Locale.ROOT, "  whole extraction, 1 thread                %,9.0f chars/s  %.2f of segmentation%n",
                r.charsPerSecond(), r.ratio());
        if (r.cpuRatio() > 0) {
            out.printf(Locale.ROOT,
                    "  per CPU second, all rounds: segmentation %,.0f, whole %,.0f chars/s  %.2f of segmentation%n",
                    r.segmentPerCpuSecond(), r.charsPerCpuSecond(), r.cpuRatio());
        }
        out.flush();
    }

    /** The current thread's CPU time in nanoseconds, or {@code null} when the JVM does not measure it. */
    private static java.util.function.LongSupplier threadCpu() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx::getCurrentThreadCpuTime : null;
    }
}
