package dev.termdeck.tui;

import dev.termdeck.deck.Card;
import dev.termdeck.study.CardHit;
import dev.termdeck.study.store.CardMark;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.time.Instant;
import java.util.List;

/**
 * Draws the browse screen: the search field with its cursor, the number of matches, a table of cards (English term,
 * Chinese term, deck) scrolled to the selection, and the selected card's definition below. Stateless.
 */
final class BrowsePainter {
    private static final int INDENT = 2;
    private static final int PREVIEW = 4;
    /** Columns kept at the end of a row for its marks ({@code ✎ ⚑ ⊘}). */
    private static final int MARKS = 6;

    private BrowsePainter() {
    }

    static void paint(BrowsePage p, TuiState state, Canvas c) {
        Messages msg = state.msg();
        int bottom = PageFrame.frame(c, state, Line.of("termdeck", Style.BOLD, "  " + msg.get("browse.title"),
                Style.NORMAL), Line.EMPTY, p.inList()
                ? List.of(new Hint("!", msg.get("tui.hint.suspend")), new Hint("f", msg.get("tui.hint.flag")),
                        new Hint("Enter", msg.get("tui.hint.edit")), new Hint("Tab", msg.get("browse.search")),
                        new Hint("Esc", msg.get("tui.hint.back")))
                : List.of(new Hint("↑↓", msg.get("tui.hint.select")), new Hint("Enter", msg.get("tui.hint.edit")),
                        new Hint("Tab", msg.get("tui.hint.list")), new Hint("Esc", msg.get("tui.hint.back"))));
        int w = c.width();
        String label = msg.get("browse.search") + ": ";
        String text = p.query().text();
        c.draw(INDENT, PageFrame.BODY_TOP, Line.of(label, Style.BOLD, text, p.inList() ? Style.MUTED : Style.ACCENT));
        if (!p.inList()) {
            c.cursor(INDENT + DisplayWidth.of(label) + DisplayWidth.of(text.substring(0, p.query().cursor())),
                    PageFrame.BODY_TOP);
        }
        List<CardHit> hits = p.hits();
        String count = hits.isEmpty() ? msg.get("browse.noMatch") : msg.get("tui.browse.count", hits.size());
        c.draw(INDENT, PageFrame.BODY_TOP + 1, Line.of(count, Style.MUTED));
        int top = PageFrame.BODY_TOP + 2;
        int listRows = Math.max(1, bottom - top - PREVIEW - 1);
        int deckWidth = Math.min(16, w / 6);
        int termWidth = (w - 2 * INDENT - deckWidth - 4 - MARKS) / 2;
        int first = Math.max(0, Math.min(p.cursor() - listRows / 2, hits.size() - listRows));
        for (int i = first; i < hits.size() && i < first + listRows; i++) {
            Card card = hits.get(i).card();
            boolean sel = i == p.cursor();
            Line row = Line.of(sel ? "▶ " : "  ", Style.ACCENT,
                    DisplayWidth.pad(orDash(card.term().en()), termWidth) + " ", Style.NORMAL,
                    DisplayWidth.pad(orDash(card.term().zh()), termWidth) + " ", Style.NORMAL,
                    DisplayWidth.pad(hits.get(i).deck(), deckWidth), Style.MUTED,
                    symbols(card, p.mark(hits.get(i)), state.library().now()), Style.ACCENT);
            c.draw(INDENT - 2, top + i - first, sel ? Layout.selected(row, w - INDENT) : row);
        }
        if (!hits.isEmpty()) {
            Card card = hits.get(p.cursor()).card();
            int row = bottom - PREVIEW - 1;
            c.draw(0, row, Line.of("─".repeat(w), Style.MUTED));
            String def = card.definition().has(state.settings().lang()) ? card.definition().get(state.settings().lang())
                    : card.definition().get(state.settings().lang().other());
            Line preview = Line.of(card.id(), Style.MUTED).plus(card.abbr() == null ? "" : "  " + card.abbr(),
                    Style.BOLD).plus(card.pinyin() == null ? "" : "  " + card.pinyin(), Style.NORMAL)
                    .plus(words(p.mark(hits.get(p.cursor())), msg, state.library().now()), Style.ACCENT);
            c.draw(INDENT, row + 1, preview);
            if (def != null) {
                c.draw(0, row + 2, Layout.paragraph(Line.of(def), INDENT, w), PREVIEW - 1);
            }
        }
    }

    /** The marks after a card: edited {@code ✎}, flagged {@code ⚑}, suspended {@code ⊘}, buried {@code ↓}. */
    private static String symbols(Card card, CardMark m, Instant now) {
        return (card.edited() ? " ✎" : "") + (m.flagged() ? " ⚑" : "") + (m.suspended() ? " ⊘" : "")
                + (!m.suspended() && m.buried(now) ? " ↓" : "");
    }

    /** The marks of the selected card in words, for the preview. */
    private static String words(CardMark m, Messages msg, Instant now) {
        List<String> out = new java.util.ArrayList<>();
        if (m.suspended()) {
            out.add("⊘ " + msg.get("browse.suspended"));
        } else if (m.buried(now)) {
            out.add("↓ " + msg.get("browse.buried"));
        }
        if (m.flagged()) {
            out.add("⚑ " + msg.get("card.flagged"));
        }
        return out.isEmpty() ? "" : "  " + String.join(" · ", out);
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
