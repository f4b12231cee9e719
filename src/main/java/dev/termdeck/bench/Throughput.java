package dev.termdeck.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Measures how many units of work per second a pass over a fixed input gives, on one or more threads: each thread
 * repeats whole passes until the time is up, and the units of the passes finished are counted. Not thread-safe
 * itself; it starts its own threads.
 */
final class Throughput {
    /** One pass of work on one thread, returning the units it processed (tokens, characters). */
    interface Pass {
        long run();
    }

    private Throughput() {
    }

    /**
     * Units per second over {@code seconds}, with {@code threads} threads each running passes made by
     * {@code perThread} (called once per thread, on that thread: thread-confined state goes there).
     */
    static double measure(Supplier<Pass> perThread, int threads, double seconds) {
        long[] units = new long[threads];
        long[] nanos = new long[threads];
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread w = new Thread(() -> {
                Pass pass = perThread.get();
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long start = System.nanoTime();
                long deadline = start + (long) (seconds * 1e9);
                long done = 0;
                long now;
                do {
                    done += pass.run();
                    now = System.nanoTime();
                } while (now < deadline);
                units[index] = done;
                nanos[index] = now - start;
            }, "termdeck-bench-" + t);
            w.setUncaughtExceptionHandler((th, e) -> failure[0] = new IllegalStateException("benchmark failed", e));
            workers.add(w);
            w.start();
        }
        try {
            ready.await();
            go.countDown();
            for (Thread w : workers) {
                w.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        double total = Arrays.stream(units).sum();
        double wall = Arrays.stream(nanos).max().orElse(1) / 1e9;
        return total / wall;
    }

    /** The median of {@code values}. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
