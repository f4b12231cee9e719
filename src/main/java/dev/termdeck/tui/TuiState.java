package dev.termdeck.tui;

import dev.termdeck.study.Library;
import dev.termdeck.study.LoadedDeck;
import dev.termdeck.study.StudyRun;
import dev.termdeck.study.StudySession;
import dev.termdeck.study.settings.Setting;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.ui.Messages;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every page of the full-screen UI is given: the {@link Library}, the parts pages share (the {@link PageStack},
 * the {@link StatusLine}, the {@link LiveSettings}, the {@link ScreenSize}), and the running session with the flow
 * around it: the first page, starting and restarting a session, its summary, and the answers of the whole run. Not
 * thread-safe: the UI thread owns it.
 */
final class TuiState {
    private final StudyRun run;
    private final StatusLine status = new StatusLine();
    private final PageStack pages = new PageStack(status);
    private final ScreenSize screen = new ScreenSize();
    private final LiveSettings settings;
    private StudySession session;
    private List<String> sessionDecks = List.of();
    private int earlierAnswers;
    private long earlierMillis;

    TuiState(StudyRun run) {
        this.run = Objects.requireNonNull(run, "run");
        this.settings = new LiveSettings(run.settings(), run.choices(), run.uiLang(), run.settingsFile());
    }

    Library library() {
        return run.library();
    }

    PageStack pages() {
        return pages;
    }

    StatusLine status() {
        return status;
    }

    LiveSettings settings() {
        return settings;
    }

    ScreenSize screen() {
        return screen;
    }

    /** The UI strings in the language in force. */
    Messages msg() {
        return settings.msg();
    }

    /** The running session, or {@code null} before the first one. */
    StudySession session() {
        return session;
    }

    /** The names of the decks of the running session. */
    List<String> sessionDecks() {
        return sessionDecks;
    }

    /**
     * Shows the first page: the welcome on a first run (unless the run chose all it asks), else a session over every
     * deck loaded.
     */
    void begin() {
        if (run.firstRun()) {
            WelcomePage welcome = new WelcomePage(this);
            if (welcome.asks()) {
                pages.reset(welcome);
            } else {
                welcome.finish();
            }
        } else {
            startSession(allDecks());
        }
    }

    /** Whether the screen may use colour ({@code NO_COLOR}, {@code --no-color}). */
    boolean color() {
        return run.color();
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
        session = library().session(settings.options(), decks);
        sessionDecks = List.copyOf(decks);
        if (session.current().isPresent()) {
            pages.reset(new CardPage(this));
        } else {
            pages.reset(new DeckListPage(this));
            status.info(msg().get("session.nothingDue"));
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
        pages.reset(new SummaryPage(this, session.summary()));
    }

    /**
     * Saves the settings a person changed and applies them ({@link LiveSettings#apply}); a changed direction, mode,
     * limit or retention restarts a session showing a card (answers given are kept, they are in the store).
     */
    void applySettings(Settings draft, Set<Setting> changed) {
        if (changed.isEmpty()) {
            return;
        }
        LiveSettings.Change change;
        try {
            change = settings.apply(draft, changed);
        } catch (IOException e) {
            status.error(msg().get("tui.settings.notSaved", settings.fileName(), e.getMessage()));
            return;
        }
        if (change.retention()) {
            library().desiredRetention(settings.saved().desiredRetention());
        }
        if ((change.retention() || change.options()) && session != null && pages.current() instanceof CardPage) {
            startSession(sessionDecks);
        }
    }
}
