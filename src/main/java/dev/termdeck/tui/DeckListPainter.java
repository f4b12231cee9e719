package dev.termdeck.tui;

import dev.termdeck.deck.Bilingual;
import dev.termdeck.study.DeckOverview;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.util.List;

/**
 * Draws the deck list: a table of decks (title and name) with their card, new, due and learning counts, the
 * selected row in reverse video with a {@code ▶} marker, scrolled to keep the selection on screen. Stateless.
 */
final class DeckListPainter {
    private static final int NUMBER = 9;

    private DeckListPainter() {
    }

    static void paint(DeckListPage p, TuiState state, Canvas c) {
        Messages msg = state.msg();
        int bottom = PageFrame.frame(c, state, Line.of("termdeck", Style.BOLD, "  " + msg.get("deck.list"), Style.NORMAL),
                Line.EMPTY, List.of(new Hint("↑↓", msg.get("tui.hint.select")),
                        new Hint("Enter", msg.get("tui.hint.study")), new Hint("s", msg.get("tui.hint.stats")),
                        new Hint("/", msg.get("tui.hint.browse")), new Hint("o", msg.get("tui.hint.settings")),
                        new Hint("q", msg.get("tui.hint.quit"))));
        int w = c.width();
        int nameWidth = w - 4 - 4 * NUMBER;
        int row = PageFrame.BODY_TOP + 1;
        Line head = Line.of(DisplayWidth.pad("", 4) + DisplayWidth.pad(msg.get("tui.decks.deck"), nameWidth)
                + right(msg.get("deck.cards")) + right(msg.get("deck.new")) + right(msg.get("deck.due"))
                + right(msg.get("deck.learning")), Style.MUTED);
        c.draw(0, row++, head);
        int visible = Math.max(1, (bottom - row) / 2);
        int first = Math.max(0, Math.min(p.cursor() - visible + 1, p.rows().size() - visible));
        for (int i = first; i < p.rows().size() && row + 1 < bottom; i++) {
            DeckListPage.Row r = p.rows().get(i);
            DeckOverview o = r.overview();
            boolean sel = i == p.cursor();
            String name = o.name() == null ? msg.get("tui.decks.all") : title(o, state);
            Line line = Line.of(DisplayWidth.pad(name, nameWidth), sel ? Style.BOLD : Style.NORMAL,
                    right(Integer.toString(o.cards())), Style.NORMAL,
                    right(Integer.toString(o.newCards())), o.newCards() > 0 ? Style.ACCENT : Style.MUTED,
                    right(Integer.toString(o.due())), o.due() > 0 ? Style.GOOD : Style.MUTED,
                    right(Integer.toString(o.learning())), o.learning() > 0 ? Style.CLOSE : Style.MUTED);
            Line marked = Line.of(sel ? " ▶ " : "   ", Style.ACCENT).plus(line);
            c.draw(0, row, sel ? Layout.selected(marked, w - 1) : marked);
            String sub = o.name() == null ? msg.get("tui.decks.allCount", r.decks().size()) : o.name();
            c.draw(4, row + 1, Line.of(DisplayWidth.truncate(sub, nameWidth), Style.MUTED));
            row += 2;
        }
    }

    private static String title(DeckOverview o, TuiState state) {
        Bilingual t = o.title();
        if (t == null || t.isEmpty()) {
            return o.name();
        }
        return t.has(state.settings().lang()) ? t.get(state.settings().lang()) : t.get(state.settings().lang().other());
    }

    private static String right(String s) {
        return DisplayWidth.padLeft(s, NUMBER);
    }
}
