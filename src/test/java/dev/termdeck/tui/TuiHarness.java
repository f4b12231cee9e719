package dev.termdeck.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.termdeck.core.ChineseScript;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.DeckFiles;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.study.DeckLoader;
import dev.termdeck.study.Library;
import dev.termdeck.study.LoadedDeck;
import dev.termdeck.study.StudyRun;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.settings.RunChoices;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.study.settings.SettingsFile;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The full-screen UI on a Lanterna {@link DefaultVirtualTerminal}, over copies of the fixture decks and a progress
 * database in a temporary directory, with a clock the test moves and a seeded random source. Keys go through the
 * virtual terminal's input queue; {@link #screen()} reads what the terminal shows, one string a row (a wide
 * character is one character of the string). Not thread-safe; one per test.
 */
final class TuiHarness implements AutoCloseable {
    static final Instant START = Instant.parse("2026-03-10T10:00:00Z");

    final Path dir;
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final ProgressStore store;
    final SettingsFile settingsFile;
    final MovableClock clock = new MovableClock();
    final List<LoadedDeck> decks;
    TuiApp app;

    private TuiHarness(Path dir, int columns, int rows, List<String> deckNames) throws IOException {
        this.dir = dir;
        Path decksDir = Files.createDirectories(dir.resolve("decks"));
        for (String name : deckNames) {
            Files.copy(Path.of("src/test/resources/decks/" + name + ".deck.json"),
                    decksDir.resolve(name + ".deck.json"));
        }
        this.decks = DeckLoader.load(new DeckFiles(decksDir, dir).selected(List.of()));
        this.store = ProgressStore.open(dir.resolve("progress.db"));
        this.settingsFile = new SettingsFile(dir.resolve("settings.json"));
        this.terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        this.screen = new TerminalScreen(terminal);
        screen.startScreen();
    }

    /** A harness over the named fixture decks ({@code ml-mini}, {@code basics}). */
    static TuiHarness create(Path dir, int columns, int rows, String... decks) throws IOException {
        return new TuiHarness(dir, columns, rows, List.of(decks.length == 0 ? new String[] {"ml-mini"} : decks));
    }

    /** Starts the UI with saved settings (not a first run). */
    TuiHarness start(Lang lang, Direction direction, Mode mode) throws IOException {
        Settings s = Settings.defaults().withUiLang(lang).withDirection(direction).withMode(mode);
        settingsFile.save(s);
        return start(s, false);
    }

    /** Starts the UI as on a first run (no settings file). */
    TuiHarness startFirstRun(Lang systemLang) throws IOException {
        return start(Settings.defaults(), true, systemLang);
    }

    /**
     * Starts the UI as on a first run with {@code --lang} and {@code --direction} given on the command line (either
     * may be {@code null}: not given).
     */
    TuiHarness startFirstRun(Lang lang, Direction direction) throws IOException {
        Settings s = Settings.defaults();
        return start(new StudyRun(library(s), new RunChoices(lang, direction, null, null, null, null),
                lang != null ? lang : Lang.EN, s, settingsFile, true));
    }

    /** Starts the UI with saved {@code settings} and, for this run, {@code choices} made on the command line. */
    TuiHarness start(Settings saved, RunChoices choices, Lang lang, boolean color) throws IOException {
        settingsFile.save(saved);
        return start(new StudyRun(library(saved), choices, lang, saved, settingsFile, false, color));
    }

    private TuiHarness start(Settings s, boolean firstRun) throws IOException {
        return start(s, firstRun, s.uiLang());
    }

    private TuiHarness start(Settings s, boolean firstRun, Lang lang) throws IOException {
        return start(new StudyRun(library(s), RunChoices.NONE, lang, s, settingsFile, firstRun));
    }

    private Library library(Settings s) {
        return new Library(decks, store, FsrsParameters.defaults().withFuzz(false)
                .withDesiredRetention(s.desiredRetention()), new AnswerChecker(ChineseScript.lazy(HanLpChinese::get)),
                clock, new Random(7));
    }

    private TuiHarness start(StudyRun run) throws IOException {
        app = new TuiApp(screen, run);
        app.begin();
        app.render();
        return this;
    }

    Messages msg() {
        return app.state().msg();
    }

    /** Sends keys through the terminal's input queue and lets the UI handle them and draw. */
    TuiHarness press(KeyStroke... keys) throws IOException {
        for (KeyStroke k : keys) {
            terminal.addInput(k);
        }
        app.pump();
        return this;
    }

    TuiHarness press(KeyType... types) throws IOException {
        for (KeyType t : types) {
            terminal.addInput(new KeyStroke(t));
        }
        app.pump();
        return this;
    }

    /** Types {@code text}, a key per character. */
    TuiHarness type(String text) throws IOException {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
        }
        app.pump();
        return this;
    }

    TuiHarness ctrl(char c) throws IOException {
        return press(new KeyStroke(c, true, false));
    }

    TuiHarness resize(int columns, int rows) throws IOException {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        app.pump();
        return this;
    }

    /** The rows of the terminal as text; a wide character's second cell is skipped. */
    List<String> rows() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                sb.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            rows.add(sb.toString().stripTrailing());
        }
        return rows;
    }

    /** The whole screen as one string. */
    String screen() {
        return String.join("\n", rows());
    }

    /** The cell at ({@code col}, {@code row}). */
    TextCharacter cell(int col, int row) {
        return terminal.getCharacter(col, row);
    }

    /** The terminal column where {@code text} starts on the first row that has it, or -1. */
    int columnOf(String text) {
        for (String row : rows()) {
            int i = row.indexOf(text);
            if (i >= 0) {
                return DisplayWidth.of(row.substring(0, i));
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        screen.stopScreen();
        store.close();
    }

    /** A clock at {@link #START} in UTC that the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now = START;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
