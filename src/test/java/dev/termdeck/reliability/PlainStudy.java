package dev.termdeck.reliability;

import dev.termdeck.testing.Launcher;
import dev.termdeck.testing.ProgressDb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A running {@code termdeck study --plain} process, fed answers through its standard input, whose acknowledgements
 * ({@code saved <card id> <grade>}) are collected as it prints them. Thread-safe for one test thread and the
 * process's output reader.
 */
final class PlainStudy implements AutoCloseable {
    private final Process process;
    private final List<Answer> saved = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private final Thread reader;
    private final CompletableFuture<String> err;
    private boolean ended;

    /** An acknowledged answer: the card and the grade's name as printed ({@code good}). */
    record Answer(String card, String grade) {
    }

    private PlainStudy(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "plain-study-out-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        this.err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    /** Starts {@code termdeck study --plain --lang en ARGS} with user data in {@code home}. */
    static PlainStudy start(Path home, Path workDir, List<String> args) throws IOException {
        List<String> all = new ArrayList<>(List.of("study", "--plain", "--lang", "en"));
        all.addAll(args);
        return new PlainStudy(Launcher.command(home, workDir, all).start());
    }

    /** Writes {@code text} to the process's input; false when the process no longer reads (it ended or died). */
    boolean feed(String text) {
        try {
            OutputStream in = process.getOutputStream();
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the process is still running. */
    boolean alive() {
        return process.isAlive();
    }

    /** Closes the process's input (end of input, as when a pipe's writer ends). */
    void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // Already closed by the process ending.
        }
    }

    /** Waits until {@code n} answers were acknowledged or the process ended; whether {@code n} were. */
    synchronized boolean awaitSaved(int n, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (saved.size() < n && !ended) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return saved.size() >= n;
    }

    /** Kills the process with SIGKILL (no shutdown hook, no finally block runs) and waits for it to be gone. */
    void kill() throws InterruptedException {
        // Through the process handle: Process.destroyForcibly() also closes our end of the output pipe, dropping
        // lines the process printed (acknowledged answers among them) that the reader had not read yet.
        process.toHandle().destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("process " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    /** Waits for the process to end by itself; its exit code. */
    int waitForExit(long timeoutMs) throws InterruptedException {
        if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("termdeck study did not end within " + timeoutMs + " ms; output:\n" + output());
        }
        return process.exitValue();
    }

    /** Every answer acknowledged, in order; complete once the process has ended. */
    List<Answer> acknowledged() throws InterruptedException {
        reader.join(30_000);
        synchronized (this) {
            return List.copyOf(saved);
        }
    }

    /**
     * The answers logged in {@code db} after row {@code lastId}, in order, as {@link #acknowledged} lists them: none
     * when there is no database yet, or only a file without tables (a kill while study created it, before the
     * schema's transaction committed: nothing was acknowledged then, and the next study creates them).
     */
    static List<Answer> loggedSince(Path db, long lastId) throws SQLException {
        if (!ProgressDb.hasTable(db, "review_log")) {
            return List.of();
        }
        List<Answer> out = new ArrayList<>();
        for (String row : ProgressDb.column(db, "SELECT card || ' ' || CASE grade WHEN 1 THEN 'again' WHEN 2 THEN"
                + " 'hard' WHEN 3 THEN 'good' ELSE 'easy' END FROM review_log WHERE id > " + lastId + " ORDER BY id")) {
            String[] parts = row.split(" ");
            out.add(new Answer(parts[0], parts[1]));
        }
        return out;
    }

    /** What the process printed on standard output so far. */
    synchronized String output() {
        return out.toString();
    }

    /** What the process printed on standard error (waits for the process to close it). */
    String errors() {
        return err.join();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                synchronized (this) {
                    out.append(line).append('\n');
                    if (line.startsWith("saved ")) {
                        String[] parts = line.split(" ");
                        saved.add(new Answer(parts[1], parts[2]));
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // The pipe broke with the process; what was read is what was acknowledged.
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }
}
