package dev.termdeck.tui;

import dev.termdeck.deck.Card;
import dev.termdeck.study.CardHit;
import dev.termdeck.study.LoadedDeck;
import java.util.ArrayList;
import java.util.List;

/**
 * The browse screen's behaviour: a search field (every key types into it) over the matching cards, all cards when
 * it is empty; Up/Down select, Enter edits the selected card, Esc goes back. Search is the core's. Drawing is
 * {@link BrowsePainter}'s. Not thread-safe.
 */
final class BrowsePage implements Page {
    /** How many hits a search shows at most. */
    static final int LIMIT = 500;

    private final TuiState state;
    private final LineEditor query = new LineEditor();
    private List<CardHit> hits = List.of();
    private int cursor;

    BrowsePage(TuiState state) {
        this.state = state;
        search();
    }

    LineEditor query() {
        return query;
    }

    List<CardHit> hits() {
        return hits;
    }

    int cursor() {
        return cursor;
    }

    private void search() {
        if (query.text().isBlank()) {
            List<CardHit> all = new ArrayList<>();
            for (LoadedDeck d : state.library().decks()) {
                for (Card c : d.deck().cards()) {
                    if (all.size() < LIMIT) {
                        all.add(new CardHit(d.name(), c));
                    }
                }
            }
            hits = all;
        } else {
            hits = state.library().search(query.text(), LIMIT);
        }
        cursor = Math.max(0, Math.min(cursor, hits.size() - 1));
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return HelpPage.Topic.BROWSE;
    }

    @Override
    public void handle(Key k) {
        int page = Math.max(1, state.screen().bodyRows() - 6);
        if (k.is(Key.Kind.ESCAPE)) {
            state.pages().back();
        } else if (k.is(Key.Kind.UP)) {
            cursor = Math.max(0, cursor - 1);
        } else if (k.is(Key.Kind.DOWN)) {
            cursor = Math.max(0, Math.min(hits.size() - 1, cursor + 1));
        } else if (k.is(Key.Kind.PAGE_UP)) {
            cursor = Math.max(0, cursor - page);
        } else if (k.is(Key.Kind.PAGE_DOWN)) {
            cursor = Math.max(0, Math.min(hits.size() - 1, cursor + page));
        } else if (k.is(Key.Kind.ENTER)) {
            if (!hits.isEmpty()) {
                CardHit h = hits.get(cursor);
                state.pages().open(new EditPage(state, h.deck(), h.card(), saved -> {
                    if (state.session() != null) {
                        state.session().replaceCard(h.deck(), saved);
                    }
                    search();
                }));
            }
        } else if (query.handle(k)) {
            search();
        }
    }

    @Override
    public void paint(Canvas c) {
        BrowsePainter.paint(this, state, c);
    }
}
