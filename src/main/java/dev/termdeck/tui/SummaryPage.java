package dev.termdeck.tui;

import dev.termdeck.study.SessionSummary;

/**
 * The end-of-session screen's behaviour: Enter goes to the deck list; {@code r} resumes the session when learning
 * cards have come due meanwhile. Drawing is {@link SummaryPainter}'s. Not thread-safe.
 */
final class SummaryPage implements Page {
    private final TuiState state;
    private final SessionSummary summary;

    SummaryPage(TuiState state, SessionSummary summary) {
        this.state = state;
        this.summary = summary;
    }

    SessionSummary summary() {
        return summary;
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return HelpPage.Topic.SUMMARY;
    }

    @Override
    public void handle(Key k) {
        if (k.is(Key.Kind.ENTER) || k.is(' ') || k.is(Key.Kind.ESCAPE)) {
            state.pages().reset(new DeckListPage(state));
        } else if (k.is('r')) {
            if (state.session().current().isPresent()) {
                state.pages().reset(new CardPage(state));
            } else {
                state.status().info(state.msg().get("tui.summary.nothingYet"));
            }
        } else if (k.is('s')) {
            state.pages().open(new StatsPage(state));
        } else if (k.is('?')) {
            state.pages().open(new HelpPage(state, helpTopic()));
        } else if (k.is('q')) {
            state.pages().quit();
        }
    }

    @Override
    public void paint(Canvas c) {
        SummaryPainter.paint(this, state, c);
    }
}
