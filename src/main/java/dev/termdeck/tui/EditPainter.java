package dev.termdeck.tui;

import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.util.List;

/**
 * Draws the edit form: a label column and each field's text (definitions over up to three lines, split between
 * characters so the cursor maps to a column), the focused field marked {@code ▶} with the terminal cursor in it, then
 * the Save and Cancel buttons. Stateless.
 */
final class EditPainter {
    private static final int INDENT = 2;
    private static final int TALL_ROWS = 3;

    private EditPainter() {
    }

    static void paint(EditPage p, TuiState state, Canvas c) {
        Messages msg = state.msg();
        int bottom = PageFrame.frame(c, state, Line.of("termdeck", Style.BOLD, "  " + msg.get("edit.title") + "  ",
                Style.NORMAL, p.card().id() + " · " + p.deck(), Style.MUTED), Line.EMPTY,
                List.of(new Hint("Tab ↑↓", msg.get("tui.hint.field")), new Hint("Esc", msg.get("tui.hint.cancel"))));
        EditPage.Field[] fields = EditPage.Field.values();
        String[] labels = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            labels[i] = msg.get(fields[i].labelKey);
        }
        int lw = Layout.labelWidth(labels);
        int room = Math.max(8, c.width() - 2 * INDENT - 2 - lw);
        int row = PageFrame.BODY_TOP + 1;
        for (int i = 0; i < fields.length && row < bottom - 1; i++) {
            EditPage.Field f = fields[i];
            boolean focused = p.focus() == i;
            LineEditor ed = p.editor(f);
            List<Line> chunks = TextWrap.chunk(Line.of(ed.text(), focused ? Style.ACCENT : Style.NORMAL), room);
            int maxRows = f.tall() ? Math.min(TALL_ROWS, bottom - 1 - row) : 1;
            int cursorRow = 0;
            int cursorCol = 0;
            int consumed = 0;
            for (int r = 0; r < chunks.size(); r++) {
                int len = chunks.get(r).text().length();
                if (ed.cursor() <= consumed + len) {
                    cursorRow = r;
                    cursorCol = DisplayWidth.of(ed.text().substring(consumed, ed.cursor()));
                    break;
                }
                consumed += len;
            }
            if (cursorCol >= room) {
                cursorRow++;
                cursorCol = 0;
            }
            int first = Math.max(0, cursorRow - maxRows + 1);
            Line head = Line.of(focused ? "▶ " : "  ", Style.ACCENT, DisplayWidth.pad(labels[i], lw),
                    focused ? Style.BOLD : Style.MUTED);
            int shown = Math.max(1, Math.min(maxRows, chunks.size() - first));
            for (int r = 0; r < shown; r++) {
                Line text = first + r < chunks.size() ? chunks.get(first + r) : Line.EMPTY;
                Line prefix = r == 0 ? head : Line.of(" ".repeat(2 + lw));
                c.draw(INDENT - 2, row + r, prefix.plus(text));
            }
            if (focused) {
                c.cursor(INDENT + lw + cursorCol, row + Math.min(cursorRow - first, maxRows - 1));
            }
            row += Math.max(shown, f.tall() ? Math.min(TALL_ROWS, Math.max(1, chunks.size())) : 1);
        }
        row = Math.min(row + 1, bottom - 1);
        Line save = button(msg.get("tui.edit.save"), p.focus() == EditPage.SAVE);
        Line cancel = button(msg.get("tui.edit.cancel"), p.focus() == EditPage.CANCEL);
        c.draw(INDENT + lw, row, save.plus("   ", Style.NORMAL).plus(cancel));
    }

    private static Line button(String label, boolean focused) {
        String text = "[ " + label + " ]";
        return focused ? Line.of("▶", Style.ACCENT, text, Style.SELECTED) : Line.of(" " + text, Style.NORMAL);
    }
}
