package dev.termdeck.tui;

import dev.termdeck.deck.Card;
import dev.termdeck.study.CardHit;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.util.List;

/**
 * Draws the browse screen: the search field with its cursor, the number of matches, a table of cards (English term,
 * Chinese term, deck) scrolled to the selection, and the selected card's definition below. Stateless.
 */
final class BrowsePainter {
    private static final int INDENT = 2;
    private static final int PREVIEW = 4;

    private BrowsePainter() {
    }

    static void paint(BrowsePage p, TuiState state, Canvas c) {
        Messages msg = state.msg();
        int bottom = PageFrame.frame(c, state, Line.of("termdeck", Style.BOLD, "  " + msg.get("browse.title"),
                Style.NORMAL), Line.EMPTY, List.of(new Hint("↑↓", msg.get("tui.hint.select")),
                new Hint("Enter", msg.get("tui.hint.edit")), new Hint("Esc", msg.get("tui.hint.back"))));
        int w = c.width();
        String label = msg.get("browse.search") + ": ";
        String text = p.query().text();
        c.draw(INDENT, PageFrame.BODY_TOP, Line.of(label, Style.BOLD, text, Style.ACCENT));
        c.cursor(INDENT + DisplayWidth.of(label) + DisplayWidth.of(text.substring(0, p.query().cursor())),
                PageFrame.BODY_TOP);
        List<CardHit> hits = p.hits();
        String count = hits.isEmpty() ? msg.get("browse.noMatch") : msg.get("tui.browse.count", hits.size());
        c.draw(INDENT, PageFrame.BODY_TOP + 1, Line.of(count, Style.MUTED));
        int top = PageFrame.BODY_TOP + 2;
        int listRows = Math.max(1, bottom - top - PREVIEW - 1);
        int deckWidth = Math.min(16, w / 6);
        int termWidth = (w - 2 * INDENT - deckWidth - 4) / 2;
        int first = Math.max(0, Math.min(p.cursor() - listRows / 2, hits.size() - listRows));
        for (int i = first; i < hits.size() && i < first + listRows; i++) {
            Card card = hits.get(i).card();
            boolean sel = i == p.cursor();
            Line row = Line.of(sel ? "▶ " : "  ", Style.ACCENT,
                    DisplayWidth.pad(orDash(card.term().en()), termWidth) + " ", Style.NORMAL,
                    DisplayWidth.pad(orDash(card.term().zh()), termWidth) + " ", Style.NORMAL,
                    DisplayWidth.pad(hits.get(i).deck(), deckWidth), Style.MUTED,
                    card.edited() ? " ✎" : "", Style.MUTED);
            c.draw(INDENT - 2, top + i - first, sel ? Layout.selected(row, w - INDENT) : row);
        }
        if (!hits.isEmpty()) {
            Card card = hits.get(p.cursor()).card();
            int row = bottom - PREVIEW - 1;
            c.draw(0, row, Line.of("─".repeat(w), Style.MUTED));
            String def = card.definition().has(state.settings().lang()) ? card.definition().get(state.settings().lang())
                    : card.definition().get(state.settings().lang().other());
            Line preview = Line.of(card.id(), Style.MUTED).plus(card.abbr() == null ? "" : "  " + card.abbr(),
                    Style.BOLD).plus(card.pinyin() == null ? "" : "  " + card.pinyin(), Style.NORMAL);
            c.draw(INDENT, row + 1, preview);
            if (def != null) {
                c.draw(0, row + 2, Layout.paragraph(Line.of(def), INDENT, w), PREVIEW - 1);
            }
        }
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
