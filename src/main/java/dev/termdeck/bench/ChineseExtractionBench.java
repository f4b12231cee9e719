package dev.termdeck.bench;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.HanLpTermExtractor;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Measures the Chinese path on one thread: full extraction ({@link HanLpTermExtractor}) against HanLP's
 * segmentation alone over the same documents in the same run, so the ratio holds on a noisy machine; with a CPU
 * clock, also per CPU second of the thread over all measured rounds (the best wall-clock round of a loaded machine is
 * a lottery: 0.17 to 0.33 in runs of the same code minutes apart at load 8 to 12). Called by
 * {@code termdeck bench extract}; not thread-safe (run one at a time).
 */
public final class ChineseExtractionBench {
    /**
     * One measurement.
     *
     * @param documents        Chinese documents measured
     * @param chars            characters per round (all documents once)
     * @param rounds           measured rounds (after warm-up)
     * @param charsPerSecond   full extraction, best round
     * @param segmentPerSecond HanLP segmentation alone, best round (the ceiling)
     * @param charsPerCpuSecond   full extraction per CPU second, all measured rounds (0 without a CPU clock)
     * @param segmentPerCpuSecond segmentation alone per CPU second, all measured rounds (0 without a CPU clock)
     */
    public record Result(int documents, long chars, int rounds, double charsPerSecond, double segmentPerSecond,
            double charsPerCpuSecond, double segmentPerCpuSecond) {
        /** Full extraction as a share of the segmentation ceiling. */
        public double ratio() {
            return segmentPerSecond == 0 ? 0 : charsPerSecond / segmentPerSecond;
        }

        /** The same share per CPU second (0 without a CPU clock). */
        public double cpuRatio() {
            return segmentPerCpuSecond == 0 ? 0 : charsPerCpuSecond / segmentPerCpuSecond;
        }
    }

    private final HanLpTermExtractor extractor;
    private final HanLpChinese chinese;
    private final LongSupplier nanoTime;
    private final LongSupplier cpuTime;

    public ChineseExtractionBench(HanLpTermExtractor extractor, HanLpChinese chinese, LongSupplier nanoTime) {
        this(extractor, chinese, nanoTime, null);
    }

    /** @param cpuTime the CPU time of the measuring thread in nanoseconds, or {@code null} */
    public ChineseExtractionBench(HanLpTermExtractor extractor, HanLpChinese chinese, LongSupplier nanoTime,
            LongSupplier cpuTime) {
        this.extractor = extractor;
        this.chinese = chinese;
        this.nanoTime = nanoTime;
        this.cpuTime = cpuTime;
    }

    /**
     * Runs {@code warmup} unmeasured rounds, then {@code rounds} measured ones, over the Chinese documents of
     * {@code docs}, alternating segmentation alone and full extraction; keeps the best round of each.
     *
     * @throws IllegalArgumentException when there is no Chinese document or {@code rounds} is below 1
     */
    public Result run(List<Document> docs, int warmup, int rounds) {
        List<Document> zh = docs.stream().filter(d -> d.lang() == Lang.ZH).toList();
        if (zh.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("need Chinese documents and at least one round");
        }
        long chars = zh.stream().mapToLong(d -> d.text().length()).sum();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += segmentAll(zh) + extractAll(zh);
        }
        long bestSegment = Long.MAX_VALUE;
        long bestExtract = Long.MAX_VALUE;
        long cpuSegment = 0;
        long cpuExtract = 0;
        for (int i = 0; i < rounds; i++) {
            long c0 = cpu();
            long t0 = nanoTime.getAsLong();
            sink += segmentAll(zh);
            long t1 = nanoTime.getAsLong();
            long c1 = cpu();
            sink += extractAll(zh);
            long t2 = nanoTime.getAsLong();
            long c2 = cpu();
            bestSegment = Math.min(bestSegment, t1 - t0);
            bestExtract = Math.min(bestExtract, t2 - t1);
            cpuSegment += c1 - c0;
            cpuExtract += c2 - c1;
        }
        if (sink == Long.MIN_VALUE) {
            throw new IllegalStateException("unreachable: keeps the work from being optimized away");
        }
        return new Result(zh.size(), chars, rounds, perSecond(chars, bestExtract), perSecond(chars, bestSegment),
                perSecond(chars * rounds, cpuExtract), perSecond(chars * rounds, cpuSegment));
    }

    private long cpu() {
        return cpuTime == null ? 0 : cpuTime.getAsLong();
    }

    private long segmentAll(List<Document> docs) {
        long n = 0;
        for (Document d : docs) {
            n += chinese.segment(chinese.toSimplified(d.text())).size();
        }
        return n;
    }

    private long extractAll(List<Document> docs) {
        long n = 0;
        for (Document d : docs) {
            n += extractor.extract(d).size();
        }
        return n;
    }

    private static double perSecond(long chars, long nanos) {
        return nanos <= 0 ? 0 : chars * 1e9 / nanos;
    }
}
