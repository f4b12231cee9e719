package dev.termdeck.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import dev.termdeck.study.StudyRun;
import dev.termdeck.ui.Messages;
import java.io.IOException;
import java.util.List;

/**
 * The full-screen UI over a Lanterna {@link Screen}: hands each key to the page on screen (through the
 * {@link TuiState}) and draws a frame after the keys waiting have been handled. Below {@link #MIN_COLUMNS} ×
 * {@link #MIN_ROWS} it draws only a "terminal too small" notice and takes only the quit keys. It neither reads the
 * terminal nor owns it: {@link TuiView} (or a test) feeds it keys and resizes. Not thread-safe: one thread drives it.
 */
final class TuiApp {
    /** The smallest terminal the pages are laid out for. */
    static final int MIN_COLUMNS = 60;
    static final int MIN_ROWS = 18;

    private final Screen screen;
    private final TuiState state;

    TuiApp(Screen screen, StudyRun studyRun) {
        this.screen = screen;
        this.state = new TuiState(studyRun);
    }

    TuiState state() {
        return state;
    }

    /** Shows the first page (the welcome on a first run, else the first card). */
    void begin() {
        state.begin();
    }

    /** Whether the learner asked to quit (or the input ended). */
    boolean done() {
        return state.pages().quitting();
    }

    /** Handles one key. */
    void handle(KeyStroke stroke) {
        Key k = Keys.of(stroke);
        if (k.interrupt() || k.is(Key.Kind.EOF)) {
            state.pages().quit();
            return;
        }
        TerminalSize size = screen.getTerminalSize();
        if (tooSmall(size)) {
            if (k.is('q') || k.is(Key.Kind.ESCAPE)) {
                state.pages().quit();
            }
            return;
        }
        state.status().clear();
        state.pages().current().handle(k);
    }

    /** Handles every key waiting in the terminal's input without blocking, then draws a frame. */
    void pump() throws IOException {
        for (KeyStroke k = screen.pollInput(); k != null && !done(); k = screen.pollInput()) {
            handle(k);
        }
        render();
    }

    /** Draws the page on screen (after taking in a new terminal size, if any). */
    void render() throws IOException {
        TerminalSize resized = screen.doResizeIfNecessary();
        TerminalSize size = screen.getTerminalSize();
        screen.clear();
        Canvas c = new Canvas(screen.newTextGraphics(), size.getColumns(), size.getRows(), state.color());
        if (tooSmall(size)) {
            paintTooSmall(c, state.msg());
        } else {
            state.screen().set(size.getColumns(), size.getRows());
            state.pages().current().paint(c);
        }
        screen.setCursorPosition(c.cursor());
        screen.refresh(resized != null ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    static boolean tooSmall(TerminalSize size) {
        return size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS;
    }

    private static void paintTooSmall(Canvas c, Messages msg) {
        String text = msg.get("error.terminalTooSmall", c.width(), c.height(), MIN_COLUMNS, MIN_ROWS)
                + " " + msg.get("tui.tooSmall.quit");
        List<Line> lines = TextWrap.wrap(Line.of(text, Style.BOLD), c.width());
        int top = Math.max(0, (c.height() - lines.size()) / 2);
        for (int i = 0; i < lines.size() && top + i < c.height(); i++) {
            c.center(top + i, lines.get(i));
        }
    }
}
