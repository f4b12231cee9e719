package dev.termdeck.tui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An optional timing log for benchmarks ({@code TERMDECK_TUI_TRACE=FILE}): the wall-clock time the first frame was
 * on screen, and for each key how long it took from reading it to the frame after it being written (answering a card
 * includes committing it). Off unless a file is given. Not thread-safe: the UI thread writes it.
 */
final class Trace implements AutoCloseable {
    private static final Trace OFF = new Trace(null);

    private final BufferedWriter out;

    private Trace(BufferedWriter out) {
        this.out = out;
    }

    /** A trace appending to {@code file}, or one that records nothing when {@code file} is {@code null}. */
    static Trace open(Path file) {
        if (file == null) {
            return OFF;
        }
        try {
            return new Trace(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that start-up reached {@code stage}: {@code stage NAME EPOCH_MICROS}. */
    void stage(String name) {
        Instant now = Instant.now();
        write("stage " + name + " " + (now.getEpochSecond() * 1_000_000 + now.getNano() / 1000));
    }

    /** Records that the first frame is on screen: {@code first-frame EPOCH_MICROS}. */
    void firstFrame() {
        Instant now = Instant.now();
        write("first-frame " + (now.getEpochSecond() * 1_000_000 + now.getNano() / 1000));
    }

    /**
     * Records the time from reading keys to their frame written: {@code key PAGE:KEY MICROS}, with the page the keys
     * went to.
     */
    void key(String label, long nanos) {
        write("key " + label.replace(' ', '_') + " " + nanos / 1000);
    }

    private void write(String line) {
        if (out == null) {
            return;
        }
        try {
            out.write(line);
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
