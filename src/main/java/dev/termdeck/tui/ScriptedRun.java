package dev.termdeck.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.termdeck.study.StudyRun;
import java.io.IOException;
import java.util.List;

/**
 * A scripted run of the full-screen UI on a virtual terminal, for the launcher's class-data-sharing training
 * ({@code cli.CdsTraining}): it visits every page once, so that the archive holds the classes the UI loads and the
 * first card shows sooner. It answers cards in the store of the run it is given, so give it a throwaway one. Stateless.
 */
public final class ScriptedRun {
    private ScriptedRun() {
    }

    /**
     * Runs the script over {@code studyRun} (a first run shows the welcome first).
     *
     * @return the answers saved in the run
     */
    public static int run(StudyRun studyRun) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            TuiApp app = new TuiApp(screen, studyRun);
            app.begin();
            app.render();
            // The welcome: a number selects, Enter moves on (twice: language, direction).
            List<KeyStroke> keys = List.of(key('1'), new KeyStroke(KeyType.Enter), key('1'),
                    new KeyStroke(KeyType.Enter), key(' '), key('3'), key(' '), key('1'), key('u'),
                    key('?'), new KeyStroke(KeyType.Escape), key('e'), new KeyStroke(KeyType.Tab),
                    new KeyStroke(KeyType.Escape), key('s'), new KeyStroke(KeyType.Escape), key('/'), key('a'),
                    new KeyStroke(KeyType.Escape), key('o'), new KeyStroke(KeyType.Escape),
                    new KeyStroke(KeyType.Escape), new KeyStroke(KeyType.Enter), key('q'));
            for (KeyStroke k : keys) {
                terminal.addInput(k);
                app.pump();
            }
            terminal.setTerminalSize(new TerminalSize(20, 5));
            app.pump();
            return app.state().answersThisRun();
        } finally {
            screen.stopScreen();
        }
    }

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }
}
