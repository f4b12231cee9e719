package dev.termdeck.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.termdeck.io.Background;
import dev.termdeck.study.StudyRun;
import dev.termdeck.study.StudyView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The full-screen study UI: decks, cards in every mode, summary, statistics, browsing and editing, settings, help
 * and a first-run welcome, drawn with Lanterna's Screen layer on the process's terminal.
 *
 * <p>The terminal is always a text terminal (never a Swing window, even with {@code DISPLAY} set), in raw mode with
 * Ctrl-C delivered as a key, which quits (every answer is already committed). The terminal is restored when the UI
 * ends, also on an exception (try/finally) and on a signal that stops the JVM (a shutdown hook). A reader thread turns
 * terminal input into events, and a resize wakes the UI thread to redraw; all pages run on the calling thread.
 * Use one instance per run.
 *
 * <p>{@link #acquiring} starts putting the terminal in raw mode on a background thread as soon as the command knows
 * it will draw full-screen: Lanterna runs {@code stty} several times for that, a process each, and it overlaps
 * reading the decks and opening the progress database. If those fail, {@link #discard} restores the terminal before
 * the error is printed.
 */
public final class TuiView implements StudyView {
    /** An event for the UI thread: a key, or a resize. */
    private static final Object RESIZE = new Object();

    private final PrintWriter out;
    private final Path trace;
    private final CompletableFuture<Terminal> terminal;
    private boolean started;

    private TuiView(PrintWriter out, Path trace, CompletableFuture<Terminal> terminal) {
        this.out = out;
        this.trace = trace;
        this.terminal = terminal;
    }

    /**
     * A view on the process's terminal, which it starts acquiring (raw mode, Ctrl-C as a key) on a background
     * thread now.
     *
     * @param out   where a one-line summary goes once the terminal is restored
     * @param trace a file to append timing lines to (benchmarks), or {@code null}
     */
    public static TuiView acquiring(PrintWriter out, Path trace) {
        return new TuiView(out, trace, Background.start("termdeck-acquire-terminal",
                () -> new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                        .setForceTextTerminal(true)
                        .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                        .createTerminal()));
    }

    @Override
    public int run(StudyRun studyRun) throws IOException {
        started = true;
        try (Trace times = Trace.open(trace)) {
            times.stage("view");
        }
        return run(Background.join(terminal), studyRun);
    }

    @Override
    public void discard() {
        if (started) {
            return;
        }
        started = true;
        try {
            Background.join(terminal).close();
        } catch (IOException | RuntimeException e) {
            // Restoring is best effort: the terminal may be gone already.
        }
    }


    private int run(Terminal terminal, StudyRun studyRun) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        Thread restore = new Thread(() -> stop(screen), "termdeck-restore-terminal");
        TuiApp app = null;
        try (Trace times = Trace.open(trace)) {
            times.stage("terminal");
            screen.startScreen();
            times.stage("screen");
            Runtime.getRuntime().addShutdownHook(restore);
            app = new TuiApp(screen, studyRun);
            app.begin();
            times.stage("session");
            app.render();
            times.firstFrame();
            BlockingQueue<Object> events = new LinkedBlockingQueue<>();
            terminal.addResizeListener((t, size) -> events.offer(RESIZE));
            startReader(terminal, events);
            while (!app.done()) {
                Object event = events.take();
                long start = System.nanoTime();
                String label = app.state().pages().current().getClass().getSimpleName();
                for (; event != null && !app.done(); event = events.poll()) {
                    if (event instanceof KeyStroke k) {
                        label += ":" + (k.getCharacter() != null ? k.getCharacter() : k.getKeyType());
                        app.handle(k);
                    }
                }
                if (!app.done()) {
                    app.render();
                    times.key(label, System.nanoTime() - start);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop(screen);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // The JVM is shutting down already; the hook restores the terminal.
            }
            terminal.close();
        }
        goodbye(app);
        return 0;
    }

    /** Reads keys on a daemon thread; the end of input (or an input error) becomes an EOF key. */
    private static void startReader(Terminal terminal, BlockingQueue<Object> events) {
        Thread reader = new Thread(() -> {
            try {
                KeyStroke k;
                do {
                    k = terminal.readInput();
                    events.add(k);
                } while (k.getKeyType() != KeyType.EOF);
            } catch (IOException | RuntimeException e) {
                events.add(new KeyStroke(KeyType.EOF));
            }
        }, "termdeck-keys");
        reader.setDaemon(true);
        reader.start();
    }

    /** After the terminal is restored: one line saying how many answers were saved, if any. */
    private void goodbye(TuiApp app) {
        if (app != null && app.state().answersThisRun() > 0) {
            int n = app.state().answersThisRun();
            String time = app.state().msg().duration(app.state().millisThisRun());
            out.println("termdeck: " + app.state().msg().get("tui.goodbye", n, time));
        }
        out.flush();
    }

    private static void stop(TerminalScreen screen) {
        synchronized (screen) {
            try {
                screen.stopScreen();
            } catch (IOException | RuntimeException e) {
                // Restoring is best effort: the terminal may be gone already.
            }
        }
    }
}
