package dev.termdeck.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Drives a program in a real terminal: a detached tmux session on a private tmux server (its own socket, so tests
 * never touch a user's tmux), with keys sent by {@code send-keys} and the screen read by {@code capture-pane}.
 * Not thread-safe; one instance per test, closed after it.
 */
public final class Tmux implements AutoCloseable {
    private final String socket;
    private final String session = "t";

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** Whether tmux is installed (tests that need it go through {@link Requires#tool}). */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts {@code command} in a new {@code columns}×{@code rows} terminal, in {@code workDir}, with {@code env}
     * added to the environment ({@code TERM} is {@code xterm-256color} unless given).
     */
    public static Tmux start(Path workDir, int columns, int rows, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        Tmux t = new Tmux("termdeck-test-" + UUID.randomUUID());
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", t.session, "-x",
                Integer.toString(columns), "-y", Integer.toString(rows), "-c", workDir.toString()));
        StringBuilder line = new StringBuilder("env");
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("TERM", "xterm-256color");
        all.put("LANG", "C.UTF-8");
        all.putAll(env);
        all.forEach((k, v) -> line.append(' ').append(k).append('=').append(quote(v)));
        for (String c : command) {
            line.append(' ').append(quote(c));
        }
        // Keep the pane after the program exits so its last screen and exit status can be read.
        line.append("; echo \"[exited $?]\"; sleep 3600");
        args.add(line.toString());
        t.tmux(args.toArray(String[]::new));
        t.tmux("set-option", "-t", t.session, "remain-on-exit", "on");
        return t;
    }

    /** Sends keys in tmux's notation: {@code "Enter"}, {@code "Space"}, {@code "C-c"}, {@code "Up"}, or text. */
    public void sendKeys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Sends {@code text} literally (no key-name lookup). */
    public void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
    }

    /** The visible screen, one string with lines separated by {@code \n}; a line the terminal wrapped is one line. */
    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-t", session);
    }

    /**
     * Closes the terminal, as closing its window does: the pty goes away, so the program in it gets SIGHUP (unless it
     * ignores it) and its reads from the terminal end.
     */
    public void hangUp() throws IOException, InterruptedException {
        tmux("kill-session", "-t", session);
    }

    /** Resizes the terminal. */
    public void resize(int columns, int rows) throws IOException, InterruptedException {
        tmux("resize-window", "-t", session, "-x", Integer.toString(columns), "-y", Integer.toString(rows));
    }

    /**
     * Waits until the screen satisfies {@code condition}, polling every 50 ms.
     *
     * @return the screen that satisfied it
     * @throws AssertionError with the last screen when {@code timeout} passes first
     */
    public String waitFor(Predicate<String> condition, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String last = screen();
        while (!condition.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout + "; screen was:\n" + last);
            }
            Thread.sleep(50);
            last = screen();
        }
        return last;
    }

    /** Waits until the screen contains {@code text}. */
    public String waitForText(String text, Duration timeout) throws IOException, InterruptedException {
        return waitFor(s -> s.contains(text), timeout);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            tmux("kill-server");
        } catch (IOException e) {
            // The server is gone already.
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out.strip());
        }
        return out;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
