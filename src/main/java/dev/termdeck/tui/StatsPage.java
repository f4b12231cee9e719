package dev.termdeck.tui;

import dev.termdeck.study.StatsReport;

/**
 * The statistics screen's behaviour: computes the report once when opened, scrolls, and goes back on Esc or
 * {@code q}. Drawing is {@link StatsPainter}'s. Not thread-safe.
 */
final class StatsPage implements Page {
    private final TuiState state;
    private final StatsReport report;
    private final Scroller scroll = new Scroller();

    StatsPage(TuiState state) {
        this.state = state;
        this.report = state.library().statistics();
    }

    StatsReport report() {
        return report;
    }

    int offset() {
        return scroll.offset(StatsPainter.lines(this, state.msg(), state.screen().columns()).size(), state.screen().bodyRows());
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return HelpPage.Topic.STATS;
    }

    @Override
    public void handle(Key k) {
        if (k.is(Key.Kind.ESCAPE) || k.is('q') || k.is('s') || k.is(Key.Kind.BACKSPACE)) {
            state.pages().back();
        } else if (k.is('?')) {
            state.pages().open(new HelpPage(state, helpTopic()));
        } else {
            scroll.handle(k, StatsPainter.lines(this, state.msg(), state.screen().columns()).size(), state.screen().bodyRows());
        }
    }

    @Override
    public void paint(Canvas c) {
        StatsPainter.paint(this, state, c);
    }
}
