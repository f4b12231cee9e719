package dev.termdeck.tui;

import dev.termdeck.study.StatsReport;

/**
 * The statistics screen's behaviour: computes the report once when opened, scrolls, and goes back on Esc or
 * {@code q}. Drawing is {@link StatsPainter}'s. Not thread-safe.
 */
final class StatsPage implements Page {
    private final Shell shell;
    private final StatsReport report;
    private final Scroller scroll = new Scroller();

    StatsPage(Shell shell) {
        this.shell = shell;
        this.report = shell.library().statistics();
    }

    StatsReport report() {
        return report;
    }

    int offset() {
        return scroll.offset(StatsPainter.lines(this, shell.msg(), shell.columns()).size(), shell.bodyRows());
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return HelpPage.Topic.STATS;
    }

    @Override
    public void handle(Key k) {
        if (k.is(Key.Kind.ESCAPE) || k.is('q') || k.is('s') || k.is(Key.Kind.BACKSPACE)) {
            shell.back();
        } else if (k.is('?')) {
            shell.open(new HelpPage(shell, helpTopic()));
        } else {
            scroll.handle(k, StatsPainter.lines(this, shell.msg(), shell.columns()).size(), shell.bodyRows());
        }
    }

    @Override
    public void paint(Canvas c) {
        StatsPainter.paint(this, shell, c);
    }
}
