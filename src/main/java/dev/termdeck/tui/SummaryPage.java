package dev.termdeck.tui;

import dev.termdeck.study.SessionSummary;

/**
 * The end-of-session screen's behaviour: Enter goes to the deck list; {@code r} resumes the session when learning
 * cards have come due meanwhile. Drawing is {@link SummaryPainter}'s. Not thread-safe.
 */
final class SummaryPage implements Page {
    private final Shell shell;
    private final SessionSummary summary;

    SummaryPage(Shell shell, SessionSummary summary) {
        this.shell = shell;
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
            shell.reset(new DeckListPage(shell));
        } else if (k.is('r')) {
            if (shell.session().current().isPresent()) {
                shell.reset(new CardPage(shell));
            } else {
                shell.info(shell.msg().get("tui.summary.nothingYet"));
            }
        } else if (k.is('s')) {
            shell.open(new StatsPage(shell));
        } else if (k.is('?')) {
            shell.open(new HelpPage(shell, helpTopic()));
        } else if (k.is('q')) {
            shell.quit();
        }
    }

    @Override
    public void paint(Canvas c) {
        SummaryPainter.paint(this, shell, c);
    }
}
