package dev.termdeck.tui;

import dev.termdeck.core.Lang;
import dev.termdeck.study.Library;
import dev.termdeck.study.LoadedDeck;
import dev.termdeck.study.StudyRun;
import dev.termdeck.study.StudySession;
import dev.termdeck.study.settings.RunChoices;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.ui.Messages;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the pages of the full-screen UI share: the study core, the UI language, the settings and the running
 * session, the page stack (navigation), and the status line. Pages change screens only through it. Not
 * thread-safe: the UI thread owns it.
 */
final class Shell {
    private final StudyRun context;
    private final Deque<Page> pages = new ArrayDeque<>();
    private Messages msg;
    private Settings settings;
    private RunChoices choices;
    private StudySession session;
    private List<String> sessionDecks = List.of();
    private String status;
    private boolean statusIsError;
    private boolean quit;
    private int earlierAnswers;
    private long earlierMillis;
    private int columns = 80;
    private int rows = 24;

    Shell(StudyRun context) {
        this.context = Objects.requireNonNull(context, "context");
        this.msg = Messages.of(context.uiLang());
        this.settings = context.settings();
        this.choices = context.choices();
    }

    Library library() {
        return context.library();
    }

    Messages msg() {
        return msg;
    }

    Settings settings() {
        return settings;
    }

    /** The session options in force: the settings with the choices made for this run over them. */
    SessionOptions options() {
        return choices.over(settings);
    }

    /** The running session, or {@code null} before the first one. */
    StudySession session() {
        return session;
    }

    /** The names of the decks of the running session. */
    List<String> sessionDecks() {
        return sessionDecks;
    }

    /** The page on screen. */
    Page page() {
        return pages.peek();
    }

    /** Shows the first page: the welcome on a first run, else a session over every deck loaded. */
    void begin() {
        if (context.firstRun()) {
            reset(new WelcomePage(this));
        } else {
            startSession(allDecks());
        }
    }

    List<String> allDecks() {
        return library().decks().stream().map(LoadedDeck::name).toList();
    }

    /** Starts a session over {@code decks}: its first card, or the deck list saying there is nothing to study. */
    void startSession(List<String> decks) {
        if (session != null) {
            earlierAnswers += session.summary().answered();
            earlierMillis += session.summary().timeMs();
        }
        session = library().session(options(), decks);
        sessionDecks = List.copyOf(decks);
        if (session.current().isPresent()) {
            reset(new CardPage(this));
        } else {
            reset(new DeckListPage(this));
            info(msg.get("session.nothingDue"));
        }
    }

    /** Answers given in this run, over every session (an undone answer does not count). */
    int answersThisRun() {
        return earlierAnswers + (session == null ? 0 : session.summary().answered());
    }

    /** Time spent answering in this run, in milliseconds. */
    long millisThisRun() {
        return earlierMillis + (session == null ? 0 : session.summary().timeMs());
    }

    /** Ends the running session on its summary. */
    void showSummary() {
        reset(new SummaryPage(this, session.summary()));
    }

    /** Opens {@code page} over the current one ({@link #back()} returns). */
    void open(Page page) {
        pages.push(page);
        clearStatus();
    }

    /** Closes the current page, back to the one under it. */
    void back() {
        if (pages.size() > 1) {
            pages.pop();
        }
    }

    /** Replaces every page with {@code page}. */
    void reset(Page page) {
        pages.clear();
        pages.push(page);
        clearStatus();
    }

    void quit() {
        quit = true;
    }

    boolean quitting() {
        return quit;
    }

    /** Shows {@code text} on the status line until the next key. */
    void info(String text) {
        status = text;
        statusIsError = false;
    }

    /** Shows a problem on the status line until the next key. */
    void error(String text) {
        status = text;
        statusIsError = true;
    }

    void clearStatus() {
        status = null;
        statusIsError = false;
    }

    String status() {
        return status;
    }

    boolean statusIsError() {
        return statusIsError;
    }

    /**
     * Saves changed settings and applies them: the UI language at once; a changed direction, mode, limit or
     * retention restarts the running session (answers given are kept, they are in the store). The choices made for
     * this run stay in force unless their setting was changed ({@link RunChoices#afterChange}).
     */
    void applySettings(Settings next) {
        Settings prev = settings;
        SessionOptions before = options();
        try {
            context.settingsFile().save(next);
        } catch (IOException e) {
            error(msg.get("tui.settings.notSaved", context.settingsFile().file(), e.getMessage()));
            return;
        }
        settings = next;
        if (!Objects.equals(prev.uiLang(), next.uiLang())) {
            msg = Messages.of(Messages.chooseLang(null, next.uiLang(), Locale.getDefault()));
        }
        boolean retention = prev.desiredRetention() != next.desiredRetention();
        if (retention) {
            library().desiredRetention(next.desiredRetention());
        }
        choices = choices.afterChange(prev, next);
        boolean restart = retention || !options().equals(before);
        if (restart && session != null && page() instanceof CardPage) {
            startSession(sessionDecks);
        }
    }

    /** Records the size of the frame being drawn (pages that scroll need it to know a screenful). */
    void size(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    int columns() {
        return columns;
    }

    /** Rows of a page's body on the current screen. */
    int bodyRows() {
        return Math.max(1, rows - Chrome.BODY_TOP - 2);
    }

    /** Shows the UI in {@code lang} without saving it (the welcome, before its last answer). */
    void previewLang(Lang lang) {
        msg = Messages.of(lang);
    }

    /** Where the settings are saved, for the settings screen. */
    String settingsFileName() {
        return context.settingsFile().file().toString();
    }

    /** The UI language in force. */
    Lang lang() {
        return msg.lang();
    }
}
