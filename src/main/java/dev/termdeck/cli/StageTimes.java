package dev.termdeck.cli;

import dev.termdeck.extract.BuildStage;
import dev.termdeck.extract.ProgressListener;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a build's time went, stage by stage ({@code build --verbose}): passes progress on to the bar it wraps and
 * adds up each {@link BuildStage}'s wall time. The JVM's start is the time from the process's start to the
 * command's. {@link #line} is the one line printed, which {@code bench build} reads back. Thread-safe.
 */
final class StageTimes implements ProgressListener {
    /** How the line starts. */
    static final String PREFIX = "stage times: ";

    private final ProgressListener bar;
    private final Map<BuildStage, Long> nanos = new EnumMap<>(BuildStage.class);

    StageTimes(ProgressListener bar) {
        this.bar = bar;
        ProcessHandle.current().info().startInstant().ifPresent(start -> nanos.put(BuildStage.JVM_START,
                Math.max(0, Duration.between(start, Instant.now()).toNanos())));
    }

    @Override
    public void documentDone(int done, int total) {
        bar.documentDone(done, total);
    }

    @Override
    public synchronized void stageDone(BuildStage stage, long took) {
        nanos.merge(stage, took, Long::sum);
    }

    /**
     * {@code stage times: JVM start 0.21 s, reading the corpus 0.05 s, ..., total 4.10 s}: every stage in order,
     * in seconds.
     */
    synchronized String line() {
        StringJoiner out = new StringJoiner(", ", PREFIX, "");
        long total = 0;
        for (BuildStage s : BuildStage.values()) {
            long n = nanos.getOrDefault(s, 0L);
            total += n;
            out.add(String.format(Locale.ROOT, "%s %.2f s", s.label(), n / 1e9));
        }
        out.add(String.format(Locale.ROOT, "total %.2f s", total / 1e9));
        return out.toString();
    }
}
