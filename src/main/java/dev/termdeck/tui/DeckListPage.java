package dev.termdeck.tui;

import dev.termdeck.study.DeckOverview;
import java.util.ArrayList;
import java.util.List;

/**
 * The deck list's behaviour: each deck with its counts (and "all decks" first when there are several); the arrows
 * move, Enter starts a session on the selection. Drawing is {@link DeckListPainter}'s. Not thread-safe.
 */
final class DeckListPage implements Page {
    /**
     * One row of the list.
     *
     * @param decks    the deck names the row studies
     * @param overview the counts (summed over every deck for the "all decks" row, whose name is {@code null})
     */
    record Row(List<String> decks, DeckOverview overview) {
    }

    private final TuiState state;
    private final List<Row> rows = new ArrayList<>();
    private int cursor;

    DeckListPage(TuiState state) {
        this.state = state;
        List<DeckOverview> all = state.library().overview();
        if (all.size() > 1) {
            int cards = 0;
            int fresh = 0;
            int due = 0;
            int learning = 0;
            for (DeckOverview d : all) {
                cards += d.cards();
                fresh += d.newCards();
                due += d.due();
                learning += d.learning();
            }
            rows.add(new Row(state.allDecks(), new DeckOverview(null, null, cards, fresh, due, learning)));
        }
        for (DeckOverview d : all) {
            rows.add(new Row(List.of(d.name()), d));
        }
    }

    List<Row> rows() {
        return rows;
    }

    int cursor() {
        return cursor;
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return HelpPage.Topic.DECKS;
    }

    @Override
    public void handle(Key k) {
        if (k.is(Key.Kind.UP) || k.is('k')) {
            cursor = Math.max(0, cursor - 1);
        } else if (k.is(Key.Kind.DOWN) || k.is('j')) {
            cursor = Math.min(rows.size() - 1, cursor + 1);
        } else if (k.is(Key.Kind.HOME)) {
            cursor = 0;
        } else if (k.is(Key.Kind.END)) {
            cursor = rows.size() - 1;
        } else if (k.is(Key.Kind.ENTER) || k.is(' ')) {
            state.startSession(rows.get(cursor).decks());
        } else if (k.is('s')) {
            state.pages().open(new StatsPage(state));
        } else if (k.is('/')) {
            state.pages().open(new BrowsePage(state));
        } else if (k.is('o')) {
            state.pages().open(new SettingsPage(state));
        } else if (k.is('?')) {
            state.pages().open(new HelpPage(state, helpTopic()));
        } else if (k.is('q')) {
            // Esc is "back" everywhere else; on this first page it does nothing, so that backing out of a page
            // with one Esc too many never ends the program.
            state.pages().quit();
        }
    }

    @Override
    public void paint(Canvas c) {
        DeckListPainter.paint(this, state, c);
    }
}
