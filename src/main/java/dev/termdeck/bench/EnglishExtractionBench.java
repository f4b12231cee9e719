package dev.termdeck.bench;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.en.EnglishAnalyzer;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import java.util.List;

/**
 * English extraction speed, measured in one run so that the figures compare on a noisy machine: the raw OpenNLP
 * ceiling (sentence detection, tokenization and POS tagging only) and the whole extraction
 * ({@link OpenNlpTermExtractor}), in tokens per second, on one and on two threads. Each figure is the median of
 * several rounds, the rounds interleaved so that a burst of load from elsewhere hits all of them alike.
 */
public final class EnglishExtractionBench {
    private final List<Document> documents;
    private final EnglishModels models;
    private final OpenNlpTermExtractor extractor;
    private final long tokensPerPass;

    /** A benchmark over the English documents of {@code documents}. */
    public EnglishExtractionBench(List<Document> documents) {
        this.documents = documents.stream().filter(d -> d.lang() == Lang.EN).toList();
        if (this.documents.isEmpty()) {
            throw new IllegalArgumentException("no English documents to measure");
        }
        this.models = EnglishModels.fromClasspath();
        this.extractor = new OpenNlpTermExtractor(models, EnglishLexicon.bundled());
        EnglishAnalyzer analyzer = new EnglishAnalyzer(models);
        this.tokensPerPass = this.documents.stream().mapToLong(d -> analyzer.tagOnly(d.text())).sum();
    }

    /**
     * The figures.
     *
     * @param documents   English documents measured
     * @param tokens      tokens in one pass over them
     * @param raw1        raw OpenNLP sentence+token+POS, one thread, tokens/s
     * @param extract1    whole extraction, one thread, tokens/s
     * @param raw2        raw, two threads, tokens/s
     * @param extract2    whole extraction, two threads, tokens/s
     * @param rawCpu      raw, one thread, tokens per CPU second
     * @param extractCpu  whole extraction, one thread, tokens per CPU second
     * @param pairedCpu   the CPU-time ratio whole / raw of each round (raw and whole measured one after the other),
     *                    sorted
     * @param interleaved whole / raw in CPU time over short runs of passes alternated ({@link #interleave})
     * @param warmUp      the warm-up before the rounds
     */
    public record Figures(int documents, long tokens, double raw1, double extract1, double raw2, double extract2,
            double rawCpu, double extractCpu, double[] pairedCpu, Interleaved interleaved, WarmUp warmUp) {
        /** Whole extraction as a share of the raw ceiling, one thread. */
        public double ratio() {
            return extract1 / raw1;
        }

        /** Whole extraction as a share of the raw ceiling, one thread, in CPU time. */
        public double cpuRatio() {
            return extractCpu / rawCpu;
        }

        /** Two threads over one, whole extraction. */
        public double speedup() {
            return extract2 / extract1;
        }

        /** The median of the rounds' own CPU-time ratios ({@link #pairedCpu}). */
        public double pairedCpuRatio() {
            return Throughput.median(pairedCpu);
        }
    }

    /**
     * The warm-up: raw and whole passes alternated on one thread until the JIT compilers are quiet.
     *
     * @param seconds wall time it took
     * @param quiet   whether it ended because the JIT compiled under {@value #JIT_SHARE} of the last window's wall
     *                time (else it ran its longest, or compilation time is not known)
     */
    public record WarmUp(double seconds, boolean quiet) {
    }

    /**
     * Short runs of {@value #BLOCK} passes of the raw ceiling and of the whole extraction alternated on one thread
     * (about 0.3 s of CPU each over the shipped corpus), the first of each pair in turns: each pair meets the same
     * moment's load on the machine, where rounds of seconds meet different ones. Runs of several passes, not single
     * ones: alternated single passes each start with the other's data in the caches, which costs the whole extraction
     * (more data: word lists, memos) more than the raw pipeline (on 4 December at load 3-10: single passes 0.68-0.76
     * in three runs of the bench, runs of 5 in a scratch harness 0.78-0.81).
     *
     * @param pairs    pairs of runs
     * @param ratio    raw CPU time over whole CPU time, all pairs together (the whole extraction's share of the raw
     *                 ceiling, per CPU second)
     * @param median   the median of the pairs' own ratios
     */
    public record Interleaved(int pairs, double ratio, double median) {
    }

    /** The most JIT compilation time, as a share of a warm-up window's wall time, that counts as quiet. */
    static final double JIT_SHARE = 0.02;

    /**
     * Warms up ({@link #warmUp}), then measures {@code rounds} rounds of {@code seconds} per figure. In each round
     * the raw ceiling and the whole extraction on one thread are measured one right after the other, in turns first
     * (a round's pair meets the same load, and neither always comes first), then both on two threads.
     */
    public Figures run(int rounds, double seconds) {
        WarmUp warm = warmUp(seconds);
        Interleaved interleaved = interleave(seconds * Math.max(1, rounds));
        double[] paired = new double[rounds];
        double[] raw1 = new double[rounds];
        double[] extract1 = new double[rounds];
        double[] raw2 = new double[rounds];
        double[] extract2 = new double[rounds];
        double[] rawCpu = new double[rounds];
        double[] extractCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Throughput.Rate raw;
            Throughput.Rate extract;
            if (r % 2 == 0) {
                raw = Throughput.measure(this::rawPass, 1, seconds);
                extract = Throughput.measure(this::extractPass, 1, seconds);
            } else {
                extract = Throughput.measure(this::extractPass, 1, seconds);
                raw = Throughput.measure(this::rawPass, 1, seconds);
            }
            paired[r] = extract.perCpuSecond() / raw.perCpuSecond();
            raw1[r] = raw.perSecond();
            rawCpu[r] = raw.perCpuSecond();
            extract1[r] = extract.perSecond();
            extractCpu[r] = extract.perCpuSecond();
            raw2[r] = Throughput.measure(this::rawPass, 2, seconds).perSecond();
            extract2[r] = Throughput.measure(this::extractPass, 2, seconds).perSecond();
        }
        return new Figures(documents.size(), tokensPerPass, Throughput.median(raw1), Throughput.median(extract1),
                Throughput.median(raw2), Throughput.median(extract2), Throughput.median(rawCpu),
                Throughput.median(extractCpu), sorted(paired), interleaved, warm);
    }

    /** {@link Interleaved} over about {@code seconds} of wall time (at least 3 pairs). */
    private Interleaved interleave(double seconds) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Throughput.Pass raw = rawPass();
        Throughput.Pass extract = extractPass();
        List<double[]> pairs = new java.util.ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (pairs.size() < 3 || System.nanoTime() < end) {
            boolean rawFirst = pairs.size() % 2 == 0;
            long c0 = mx.getCurrentThreadCpuTime();
            runs(rawFirst ? raw : extract);
            long c1 = mx.getCurrentThreadCpuTime();
            runs(rawFirst ? extract : raw);
            long c2 = mx.getCurrentThreadCpuTime();
            pairs.add(rawFirst ? new double[] {c1 - c0, c2 - c1} : new double[] {c2 - c1, c1 - c0});
        }
        double rawSum = pairs.stream().mapToDouble(p -> p[0]).sum();
        double extractSum = pairs.stream().mapToDouble(p -> p[1]).sum();
        double[] each = pairs.stream().mapToDouble(p -> p[0] / Math.max(1, p[1])).toArray();
        return new Interleaved(pairs.size(), rawSum / Math.max(1, extractSum), Throughput.median(each));
    }

    /** Passes in a row in each run of {@link #interleave}. */
    public static final int BLOCK = 5;

    private static void runs(Throughput.Pass pass) {
        for (int i = 0; i < BLOCK; i++) {
            pass.run();
        }
    }

    private static double[] sorted(double[] values) {
        double[] out = values.clone();
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * Alternates raw and whole passes on this thread, in windows of about a sixth of {@code seconds} (at least
     * 0.1 s), for at least {@code seconds} and at most three times that, until a window in which the JIT compilers
     * worked under {@value #JIT_SHARE} of its wall time (on a loaded machine the compiler threads wait for a core
     * too, and the longest warm-up is the usual end). The warm-up before was one round's length of each, with no
     * look at the JIT; the report now says how the warm-up ended.
     */
    private WarmUp warmUp(double seconds) {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        boolean known = jit != null && jit.isCompilationTimeMonitoringSupported();
        Throughput.Pass raw = rawPass();
        Throughput.Pass extract = extractPass();
        long start = System.nanoTime();
        long least = (long) (Math.max(0.1, seconds) * 1e9);
        long window = Math.max(100_000_000L, least / 6);
        while (true) {
            long compiled = known ? jit.getTotalCompilationTime() : 0;
            long from = System.nanoTime();
            do {
                raw.run();
                extract.run();
            } while (System.nanoTime() - from < window);
            long now = System.nanoTime();
            boolean quiet = known && (jit.getTotalCompilationTime() - compiled) * 1e6 < JIT_SHARE * (now - from);
            if (now - start >= least && quiet || now - start >= 3 * least) {
                return new WarmUp((now - start) / 1e9, quiet);
            }
        }
    }

    private Throughput.Pass rawPass() {
        EnglishAnalyzer analyzer = new EnglishAnalyzer(models);
        return () -> {
            long n = 0;
            for (Document d : documents) {
                n += analyzer.tagOnly(d.text());
            }
            return n;
        };
    }

    /**
     * One pass extracts the documents as a build of them would, from a fresh start: what the extractor remembers from
     * earlier passes over the same text (the tokenizer's splits, the word lists' answers per word, the glossary's per
     * candidate) is forgotten first.
     */
    private Throughput.Pass extractPass() {
        return () -> {
            extractor.forgetRemembered();
            for (Document d : documents) {
                extractor.extract(d);
            }
            return tokensPerPass;
        };
    }
}
