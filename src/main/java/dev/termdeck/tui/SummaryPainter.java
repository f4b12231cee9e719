package dev.termdeck.tui;

import dev.termdeck.study.SessionSummary;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Draws the end-of-session summary: totals, a bar per grade, recall, and what is left for later. Stateless. */
final class SummaryPainter {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final int INDENT = 4;

    private SummaryPainter() {
    }

    static void paint(SummaryPage p, TuiState state, Canvas c) {
        Messages msg = state.msg();
        SessionSummary s = p.summary();
        int bottom = PageFrame.frame(c, state, Line.of("termdeck", Style.BOLD, "  " + msg.get("tui.summary.title"),
                Style.NORMAL), Line.EMPTY, List.of(new Hint("Enter", msg.get("tui.hint.decks")),
                new Hint("r", msg.get("tui.hint.resume")), new Hint("s", msg.get("tui.hint.stats")),
                new Hint("q", msg.get("tui.hint.quit"))));
        int w = c.width();
        List<Line> body = new ArrayList<>();
        body.add(Line.EMPTY);
        body.add(Line.of("✔ " + msg.get("session.done"), Style.BOLD).indent(INDENT));
        body.add(Line.EMPTY);
        if (s.answered() > 0) {
            body.addAll(Layout.paragraph(Line.of(msg.get("session.summary", s.answered(), s.cards(), s.newCards(),
                    msg.duration(s.timeMs()))), INDENT, w));
            body.add(Line.EMPTY);
            int lw = Layout.labelWidth(msg.grade(Grade.AGAIN), msg.grade(Grade.HARD), msg.grade(Grade.GOOD),
                    msg.grade(Grade.EASY));
            int max = s.grades().values().stream().mapToInt(Integer::intValue).max().orElse(1);
            int barWidth = Math.max(4, Math.min(40, w - 2 * INDENT - lw - 6));
            for (Grade g : Grade.values()) {
                int n = s.grades().get(g);
                String bar = PageFrame.bar(max == 0 ? 0 : (double) n / max, barWidth);
                body.add(Line.of(DisplayWidth.pad(g.value() + " " + msg.grade(g), lw + 2), Style.MUTED,
                        bar, Style.BAR, (bar.isEmpty() ? "" : " ") + n, Style.NORMAL).indent(INDENT));
            }
            body.add(Line.EMPTY);
            body.add(Line.of(msg.get("tui.summary.recalled", msg.percent(s.recalledFraction())), Style.BOLD)
                    .indent(INDENT));
        } else {
            body.add(Line.of(msg.get("tui.summary.none"), Style.MUTED).indent(INDENT));
        }
        body.add(Line.EMPTY);
        if (s.learningLeft() > 0 && s.nextDue() != null) {
            // A card already due when the session ended (Esc) is due now, not "at" a time gone by.
            String text = s.nextDue().isAfter(state.library().now())
                    ? msg.get("session.learningLeft", s.learningLeft(),
                            CLOCK.format(s.nextDue().atZone(state.library().day().zone())))
                    : msg.get("session.learningLeftNow", s.learningLeft());
            body.addAll(Layout.paragraph(Line.of(text), INDENT, w));
        }
        if (s.unseen() > 0) {
            body.addAll(Layout.paragraph(Line.of(msg.get("session.unseen", s.unseen())), INDENT, w));
        }
        if (msg.skipped(s.skipped()) != null) {
            body.addAll(Layout.paragraph(Line.of(msg.skipped(s.skipped()), Style.MUTED), INDENT, w));
        }
        c.draw(0, PageFrame.BODY_TOP, body, bottom - PageFrame.BODY_TOP);
    }
}
