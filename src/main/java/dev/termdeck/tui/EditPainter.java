package dev.termdeck.tui;

import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.util.List;

/**
 * Draws the edit form: a label column and each field's text wrapped at word boundaries (definitions over up to three
 * rows, the other fields on one), from its start; the focused field scrolls by rows to keep the cursor on screen and
 * is marked {@code ▶} with the terminal cursor in it; a field with more text than it shows ends in {@code …}. Then
 * the Save and Cancel buttons. Stateless.
 */
final class EditPainter {
    private static final int INDENT = 2;
    private static final int TALL_ROWS = 3;

    private EditPainter() {
    }

    static void paint(EditPage p, TuiState state, Canvas c) {
        Messages msg = state.msg();
        int bottom = PageFrame.frame(c, state, Line.of("termdeck", Style.BOLD, "  " + msg.get(p.titleKey()) + "  ",
                Style.NORMAL, (p.adding() ? "" : p.card().id() + " · ") + p.deck(), Style.MUTED), Line.EMPTY,
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
            String text = ed.text();
            List<Integer> starts = TextWrap.rowStarts(text, room);
            int maxRows = Math.max(1, f.tall() ? Math.min(TALL_ROWS, bottom - 1 - row) : 1);
            int cursorRow = 0;
            for (int r = 0; r < starts.size(); r++) {
                if (starts.get(r) <= ed.cursor()) {
                    cursorRow = r;
                }
            }
            int first = focused ? Math.max(0, cursorRow - maxRows + 1) : 0;
            int shown = Math.max(1, Math.min(maxRows, starts.size() - first));
            Line head = Line.of(focused ? "▶ " : "  ", Style.ACCENT, DisplayWidth.pad(labels[i], lw),
                    focused ? Style.BOLD : Style.MUTED);
            for (int r = 0; r < shown; r++) {
                int at = first + r;
                String part = at < starts.size() ? text.substring(starts.get(at),
                        at + 1 < starts.size() ? starts.get(at + 1) : text.length()).stripTrailing() : "";
                boolean more = r == shown - 1 && at + 1 < starts.size();
                Line value = Line.of(DisplayWidth.truncate(part + (more ? " " + DisplayWidth.ELLIPSIS : ""), room),
                        focused ? Style.ACCENT : Style.NORMAL);
                Line prefix = r == 0 ? head : Line.of(" ".repeat(2 + lw));
                c.draw(INDENT - 2, row + r, prefix.plus(value));
            }
            if (focused) {
                int col = Math.min(room, DisplayWidth.of(text.substring(starts.get(cursorRow), ed.cursor())));
                c.cursor(INDENT + lw + col, row + cursorRow - first);
            }
            row += f.tall() ? Math.max(shown, Math.min(TALL_ROWS, starts.size())) : 1;
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
