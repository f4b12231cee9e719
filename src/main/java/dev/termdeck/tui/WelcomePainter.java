package dev.termdeck.tui;

import dev.termdeck.study.question.Direction;
import dev.termdeck.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/** Draws the first-run welcome: a greeting, the question, and its numbered options. Stateless. */
final class WelcomePainter {
    private static final int INDENT = 6;

    private WelcomePainter() {
    }

    static void paint(WelcomePage p, TuiState state, Canvas c) {
        Messages msg = state.msg();
        int bottom = PageFrame.frame(c, state, Line.of("termdeck", Style.BOLD), Line.EMPTY,
                List.of(new Hint("↑↓", msg.get("tui.hint.select")), new Hint("Enter", msg.get("tui.hint.next"))));
        int w = c.width();
        List<Line> body = new ArrayList<>();
        boolean lang = p.step() == WelcomePage.Step.LANG;
        // The language question is asked in both languages: the learner may read only the one not shown yet.
        Messages other = Messages.of(msg.lang().other());
        body.add(Line.EMPTY);
        body.add(Line.of(msg.get("welcome.title"), Style.BOLD).indent(INDENT - 2));
        if (lang) {
            body.add(Line.of(other.get("welcome.title"), Style.BOLD).indent(INDENT - 2));
        }
        body.addAll(Layout.paragraph(Line.of(msg.get("welcome.text")), INDENT - 2, w - INDENT));
        body.add(Line.EMPTY);
        String number = p.count() > 1 ? p.number() + "/" + p.count() + "  " : "";
        body.add(Line.of(number, Style.MUTED, msg.get(lang ? "welcome.askLang" : "welcome.askDirection"),
                Style.BOLD).indent(INDENT - 2));
        if (lang) {
            body.add(Line.of(" ".repeat(number.length()) + other.get("welcome.askLang"), Style.BOLD)
                    .indent(INDENT - 2));
        }
        body.add(Line.EMPTY);
        for (int i = 0; i < p.optionCount(); i++) {
            String label = lang ? msg.get("tui.lang.autonym." + WelcomePage.LANGS.get(i).code())
                    : msg.direction(Direction.values()[i]);
            boolean sel = i == p.cursor();
            Line row = Line.of(sel ? "▶ " : "  ", Style.ACCENT, (i + 1) + "  ", Style.KEY, label,
                    sel ? Style.BOLD : Style.NORMAL);
            body.add((sel ? Layout.selected(row, w - 2 * INDENT) : row).indent(INDENT - 2));
        }
        body.add(Line.EMPTY);
        body.addAll(Layout.paragraph(Line.of(msg.get("tui.welcome.later"), Style.MUTED), INDENT - 2, w - INDENT));
        c.draw(0, PageFrame.BODY_TOP, body, bottom - PageFrame.BODY_TOP);
    }
}
