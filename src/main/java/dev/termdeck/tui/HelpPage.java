package dev.termdeck.tui;

import dev.termdeck.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ?} screen: every key of the UI, grouped by screen, the group of the screen it was opened from first.
 * Scrolls; Esc, {@code q} or {@code ?} go back. Not thread-safe.
 */
final class HelpPage implements Page {
    /** A group of keys, by screen. */
    enum Topic {
        STUDY("study", new String[][] {{"Space", "reveal"}, {"1 2 3 4", "grades"}, {"Enter", "accept"},
            {"u", "undo"}, {"e", "edit"}, {"! @", "suspend"}, {"-", "bury"}, {"f", "flag"}, {"D", "deleteCard"},
            {"A", "add"}, {"Esc", "end"}, {"q", "quit"}}),
        TYPING("typing", new String[][] {{"Enter", "check"}, {"Esc", "leave"}, {"i", "back"},
            {"← → Home End", "move"}, {"Backspace Del", "delete"}, {"Ctrl-U", "clear"}, {"Ctrl-W", "word"}}),
        CHOICE("choice", new String[][] {{"a b c d", "choose"}, {"↑ ↓ Enter", "chooseArrows"},
            {"Space", "revealChoice"}}),
        SUMMARY("summary", new String[][] {{"Enter", "decks"}, {"r", "resume"}}),
        DECKS("decks", new String[][] {{"↑ ↓", "select"}, {"Enter", "study"}, {"q", "quit"}}),
        STATS("stats", new String[][] {{"↑ ↓ PgUp PgDn", "scroll"}, {"Esc q", "back"}}),
        BROWSE("browse", new String[][] {{"abc…", "search"}, {"↑ ↓", "select"}, {"Enter", "editHit"},
            {"Tab", "browseKeys"}, {"!", "suspendHit"}, {"f", "flagHit"}, {"Esc", "back"}}),
        EDIT("edit", new String[][] {{"Tab ↓", "nextField"}, {"Shift-Tab ↑", "prevField"},
            {"Enter", "enterField"}, {"Esc", "cancel"}}),
        SETTINGS("settings", new String[][] {{"↑ ↓", "select"}, {"← →", "change"}, {"Enter Esc", "saveBack"}}),
        WELCOME("welcome", new String[][] {{"↑ ↓ 1-5", "select"}, {"Enter", "next"}, {"Esc", "previous"}}),
        EVERYWHERE("everywhere", new String[][] {{"s", "stats"}, {"/", "browse"}, {"o", "settings"},
            {"?", "help"}, {"Ctrl-C", "interrupt"}});

        private final String id;
        private final String[][] keys;

        Topic(String id, String[][] keys) {
            this.id = id;
            this.keys = keys;
        }

        /** The group's title and key rows, in {@code msg}'s language. */
        List<Hint> hints(Messages msg) {
            List<Hint> out = new ArrayList<>();
            for (String[] k : keys) {
                out.add(new Hint(k[0], msg.get("tui.key." + k[1])));
            }
            return out;
        }

        String title(Messages msg) {
            return msg.get("tui.help." + id);
        }
    }

    private final TuiState state;
    private final Topic first;
    private final Scroller scroll = new Scroller();

    HelpPage(TuiState state, Topic first) {
        this.state = state;
        this.first = first;
    }

    /** The groups in display order: the page's own first. */
    List<Topic> topics() {
        List<Topic> out = new ArrayList<>();
        out.add(first);
        for (Topic t : Topic.values()) {
            if (t != first) {
                out.add(t);
            }
        }
        return out;
    }

    int offset() {
        return scroll.offset(HelpPainter.lines(this, state.msg(), state.screen().columns()).size(), state.screen().bodyRows());
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return first;
    }

    @Override
    public void handle(Key k) {
        if (k.is(Key.Kind.ESCAPE) || k.is('q') || k.is('?') || k.is(Key.Kind.ENTER)) {
            state.pages().back();
        } else {
            scroll.handle(k, HelpPainter.lines(this, state.msg(), state.screen().columns()).size(), state.screen().bodyRows());
        }
    }

    @Override
    public void paint(Canvas c) {
        HelpPainter.paint(this, state, c);
    }
}
