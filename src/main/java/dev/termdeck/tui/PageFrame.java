package dev.termdeck.tui;

import dev.termdeck.ui.Messages;
import java.util.List;

/**
 * The frame every page shares: a header (title on the left, something such as a progress bar on the right) over a
 * rule, then the page's body, a status line (info, or a problem marked with {@code !}), and a footer of key hints
 * ending in {@code ? help}. Stateless.
 */
final class PageFrame {
    /** The first row of a page's body. */
    static final int BODY_TOP = 2;
    /** Columns left free at the sides of the body. */
    static final int MARGIN = 2;

    private PageFrame() {
    }

    /**
     * Draws the frame.
     *
     * @return the row after the body's last row (the body is {@link #BODY_TOP} up to it)
     */
    static int frame(Canvas c, TuiState state, Line title, Line right, List<Hint> hints) {
        int w = c.width();
        int rightWidth = right.width();
        c.draw(0, 0, Line.of(" ", Style.NORMAL).plus(title), Math.max(0, w - rightWidth - 2));
        c.draw(Math.max(0, w - rightWidth - 1), 0, right);
        c.draw(0, 1, Line.of("─".repeat(w), Style.MUTED));
        int statusRow = c.height() - 2;
        if (state.status().text() != null) {
            Line s = state.status().isError() ? Line.of(" ! ", Style.BAD, state.status().text(), Style.BAD)
                    : Line.of(" · ", Style.MUTED, state.status().text(), Style.NORMAL);
            c.draw(0, statusRow, s);
        }
        c.draw(0, c.height() - 1, footer(hints, state.msg().get("tui.hint.help"), w));
        return statusRow;
    }

    /**
     * Draws a page of {@code lines} that scrolls: the frame titled {@code title}, the lines from {@code offset}, and
     * a {@code ↓} at the right of the status row when more follow (below the body, so it never covers a column).
     */
    static void scrolled(Canvas c, TuiState state, String title, List<Line> lines, int offset) {
        Messages msg = state.msg();
        int bottom = frame(c, state, Line.of("termdeck", Style.BOLD, "  " + title, Style.NORMAL), Line.EMPTY,
                List.of(new Hint("↑↓", msg.get("tui.hint.scroll")), new Hint("Esc", msg.get("tui.hint.back"))));
        int rows = bottom - BODY_TOP;
        c.draw(0, BODY_TOP, lines.subList(Math.min(offset, lines.size()), lines.size()), rows);
        if (offset + rows < lines.size()) {
            c.draw(c.width() - 3, bottom, Line.of("↓", Style.MUTED));
        }
    }

    /** The footer: the hints that fit, then {@code ? help} at the right. */
    static Line footer(List<Hint> hints, String helpLabel, int width) {
        Line help = hint(new Hint("?", helpLabel));
        Line line = Line.of(" ");
        for (Hint h : hints) {
            Line next = line.plus(hint(h)).plus("  ", Style.NORMAL);
            if (next.width() + help.width() > width) {
                break;
            }
            line = next;
        }
        int gap = Math.max(1, width - line.width() - help.width() - 1);
        return line.plus(" ".repeat(gap), Style.NORMAL).plus(help);
    }

    static Line hint(Hint h) {
        return Line.of(h.key(), Style.KEY, " " + h.label(), Style.MUTED);
    }

    /** A bar {@code columns} wide, filled to {@code fraction}, in eighths of a cell. */
    static String bar(double fraction, int columns) {
        double f = Math.max(0, Math.min(1, fraction));
        int eighths = (int) Math.round(f * columns * 8);
        StringBuilder sb = new StringBuilder();
        sb.append("█".repeat(eighths / 8));
        if (eighths % 8 > 0) {
            sb.append("▏▎▍▌▋▊▉".charAt(eighths % 8 - 1));
        }
        return sb.toString();
    }
}
