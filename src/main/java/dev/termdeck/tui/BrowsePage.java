package dev.termdeck.tui;

import dev.termdeck.deck.Card;
import dev.termdeck.study.CardHit;
import dev.termdeck.study.LoadedDeck;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.store.CardMark;
import dev.termdeck.study.store.ProgressStoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * The browse screen's behaviour: a search field (every key types into it) over the matching cards, all cards when
 * it is empty; Up/Down select, Enter edits the selected card, Esc goes back. Tab moves the keys to the list, where
 * {@code !} suspends the selected card or unsuspends it and {@code f} flags it (a character to search for goes back to
 * the field). Search is the core's. Drawing is
 * {@link BrowsePainter}'s. Not thread-safe.
 */
final class BrowsePage implements Page {
    /** How many hits a search shows at most. */
    static final int LIMIT = 500;

    private final TuiState state;
    private final LineEditor query = new LineEditor();
    private List<CardHit> hits = List.of();
    private final java.util.Map<String, java.util.Map<String, CardMark>> marks = new java.util.HashMap<>();
    private int cursor;
    private boolean inList;

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

    /** Whether keys go to the list (Tab) rather than the search field. */
    boolean inList() {
        return inList;
    }

    /** What the learner marked on a card shown (suspended, buried, flagged). */
    CardMark mark(CardHit hit) {
        return marks.computeIfAbsent(hit.deck(), d -> state.library().marks(d)).getOrDefault(hit.card().id(),
                CardMark.NONE);
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
        } else if (k.is(Key.Kind.TAB)) {
            inList = !inList;
        } else if (inList && (k.is('!') || k.is('@') || k.is('f'))) {
            toggle(k.is('f'));
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
            // Typing goes to the search field, from the list too.
            inList = false;
            search();
        }
    }

    /** Suspends the selected card or unsuspends it ({@code flag}: flags it or takes its flag off). */
    private void toggle(boolean flag) {
        if (hits.isEmpty()) {
            return;
        }
        CardHit h = hits.get(cursor);
        CardMark before = mark(h);
        CardMark after = flag ? before.withFlagged(!before.flagged()) : before.withSuspended(!before.suspended());
        try {
            state.library().mark(h.deck(), h.card().id(), after);
        } catch (ProgressStoreException e) {
            state.status().error(state.msg().storeProblem(e));
            return;
        }
        marks.remove(h.deck());
        if (after.suspended() && state.session() != null) {
            state.session().leaveOut(new CardKey(h.deck(), h.card().id()));
        }
        String term = CardCommands.term(h.card());
        state.status().info(state.msg().get(flag ? (after.flagged() ? "tui.card.flagged" : "tui.card.unflagged")
                : after.suspended() ? "tui.browse.suspended" : "tui.browse.unsuspended", term));
    }

    @Override
    public void paint(Canvas c) {
        BrowsePainter.paint(this, state, c);
    }
}
