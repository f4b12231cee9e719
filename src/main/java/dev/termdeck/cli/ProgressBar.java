package dev.termdeck.cli;

import dev.termdeck.extract.ProgressListener;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar with count and ETA on stderr ({@code [######------] 12/28 documents, about 3 s left}),
 * drawn only on a terminal and only once the work has taken more than a second, so that quick builds and pipes stay
 * quiet. Thread-safe: calls are serialized by the caller, and the bar holds no state the caller shares.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 24;
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long started;
    private boolean drawn;
    /** The width of the line drawn last: a shorter line is padded over it, so no character of it stays behind. */
    private int lastWidth;

    ProgressBar(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    @Override
    public synchronized void documentDone(int done, int total) {
        long elapsed = nanoTime.getAsLong() - started;
        if (!terminal || elapsed < QUIET_NANOS && !drawn || total <= 0) {
            return;
        }
        String line = line(done, total, elapsed);
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        lastWidth = Math.max(lastWidth, line.length());
        if (done == total) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
        }
        err.flush();
        drawn = true;
    }

    /** The bar for {@code done} of {@code total} after {@code elapsedNanos}. */
    static String line(int done, int total, long elapsedNanos) {
        int filled = (int) ((long) WIDTH * done / total);
        long left = done == 0 ? 0 : Math.round(elapsedNanos / 1e9 * (total - done) / done);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " documents, about " + left + " s left";
    }
}
