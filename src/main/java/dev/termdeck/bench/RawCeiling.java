package dev.termdeck.bench;

import dev.termdeck.extract.en.EnglishAnalyzer;
import dev.termdeck.extract.en.EnglishModels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The raw OpenNLP ceiling of {@code termdeck bench build --ceiling}: sentence detector, tokenizer and tagger alone
 * ({@link EnglishAnalyzer#tagOnly}) over a corpus's English text, on the calling thread of the benchmark's JVM.
 * <p>
 * Two warm-up passes were not enough: over 1,000 abstracts (about 2.5 s a pass) the JIT was still compiling OpenNLP's
 * code after five passes (thread CPU time per pass 5.4, 4.5, 4.4, 4.2, 3.8, 3.8, 4.0, 4.1, 3.4, 3.5 s in one JVM), so a
 * median of passes three to five measured a half-compiled pipeline some runs and a compiled one others. {@link #warm}
 * therefore runs passes until, over the last passes ({@link #WARM_UP}), the JIT compilers worked under a small share
 * of each pass's wall time and the thread CPU times lie close to their median
 * (CPU time, not wall time: another process taking the core for a moment must not pass for JIT progress), and the
 * build is then compared with passes made right after it ({@link #measure}), so that both meet the same load on the
 * machine. Not thread-safe (one analyzer, one thread).
 */
final class RawCeiling {
    /**
     * When the warm-up stops.
     *
     * @param least     passes always made
     * @param most      passes at most
     * @param stable    consecutive passes whose CPU times must agree
     * @param tolerance how far from their median those passes' CPU times may be
     * @param jitShare  the most compilation time (all compiler threads) a stable pass may see, as a share of its wall
     *                  time
     */
    record WarmUp(int least, int most, int stable, double tolerance, double jitShare) {
    }

    /** At least 4 passes, at most 24; the last 3 within 5% of their median, each with the JIT under 2% of it. */
    static final WarmUp WARM_UP = new WarmUp(4, 24, 3, 0.05, 0.02);

    /**
     * One pass over the text.
     *
     * @param seconds    wall time
     * @param cpuSeconds CPU time of the measuring thread
     * @param tokens     tokens tagged
     * @param jitSeconds time the JIT compilers spent during the pass (all compiler threads), 0 when unknown
     */
    record Pass(double seconds, double cpuSeconds, long tokens, double jitSeconds) {
    }

    private final List<String> texts;
    private final EnglishAnalyzer analyzer = new EnglishAnalyzer(EnglishModels.fromClasspath());
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final List<Pass> timed = new ArrayList<>();
    private final List<Pass> warmUp = new ArrayList<>();

    RawCeiling(List<String> texts) {
        this.texts = List.copyOf(texts);
    }

    /** One pass over every text. */
    Pass pass() {
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        long compiled = jitMillis();
        long start = System.nanoTime();
        long tokens = 0;
        for (String t : texts) {
            tokens += analyzer.tagOnly(t);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu < 0 ? seconds : (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        return new Pass(seconds, cpuSeconds, tokens, (jitMillis() - compiled) / 1e3);
    }

    private long jitMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Warm-up passes until the CPU time per pass is stable (see the class comment); the passes made. */
    List<Pass> warm() {
        while (warmUp.size() < WARM_UP.most() && !(warmUp.size() >= WARM_UP.least() && stable(warmUp))) {
            warmUp.add(pass());
        }
        return List.copyOf(warmUp);
    }

    /**
     * Whether in each of the last {@link WarmUp#stable()} passes the JIT compiled for at most {@link WarmUp#jitShare()}
     * of the pass's wall time and their CPU times lie within {@link WarmUp#tolerance()} of their median.
     */
    static boolean stable(List<Pass> passes) {
        int n = WARM_UP.stable();
        if (passes.size() < n) {
            return false;
        }
        List<Pass> recent = passes.subList(passes.size() - n, passes.size());
        if (recent.stream().anyMatch(p -> p.jitSeconds() > WARM_UP.jitShare() * p.seconds())) {
            return false;
        }
        double[] last = recent.stream().mapToDouble(Pass::cpuSeconds).toArray();
        double median = median(last);
        return Arrays.stream(last).allMatch(c -> Math.abs(c - median) <= WARM_UP.tolerance() * median);
    }

    /** {@code n} timed passes (after {@link #warm}); their median wall time. */
    double measure(int n) {
        double[] seconds = new double[n];
        for (int i = 0; i < n; i++) {
            Pass p = pass();
            timed.add(p);
            seconds[i] = p.seconds();
        }
        return median(seconds);
    }

    /** The median wall time of all timed passes so far, NaN before any. */
    double seconds() {
        return median(timed.stream().mapToDouble(Pass::seconds).toArray());
    }

    /** Tokens a pass tags. */
    long tokens() {
        return timed.isEmpty() ? 0 : timed.get(timed.size() - 1).tokens();
    }

    /** "2.31 s (2.28-2.45 s; CPU 2.30 s, 2.27-2.41 s) over 9 passes": the timed passes' median and range. */
    String summary() {
        double[] wall = timed.stream().mapToDouble(Pass::seconds).toArray();
        double[] cpu = timed.stream().mapToDouble(Pass::cpuSeconds).toArray();
        return String.format(Locale.ROOT, "%.2f s (%.2f-%.2f s; thread CPU %.2f s, %.2f-%.2f s) over %d passes",
                median(wall), min(wall), max(wall), median(cpu), min(cpu), max(cpu), wall.length);
    }

    /** The warm-up passes' CPU times and JIT times: "5.39 (1.20) 4.45 (0.31) ... s". */
    String warmUpLine() {
        StringBuilder b = new StringBuilder();
        for (Pass p : warmUp) {
            b.append(String.format(Locale.ROOT, "%.2f (%.2f) ", p.cpuSeconds(), p.jitSeconds()));
        }
        return b.append("s").toString();
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
