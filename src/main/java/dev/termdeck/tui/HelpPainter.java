package dev.termdeck.tui;

import dev.termdeck.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/** Draws the help screen: each group's title and its keys in a column, scrolled. Stateless. */
final class HelpPainter {
    private static final int INDENT = 4;
    private static final int KEY_COLUMN = 16;

    private HelpPainter() {
    }

    static List<Line> lines(HelpPage p, Messages msg, int width) {
        List<Line> out = new ArrayList<>();
        for (HelpPage.Topic t : p.topics()) {
            out.add(Line.of(t.title(msg), Style.BOLD).indent(INDENT - 2));
            for (Hint h : t.hints(msg)) {
                out.addAll(Layout.labeled(h.key(), Line.of(h.label()), INDENT, KEY_COLUMN, width)
                        .stream().map(l -> restyleKey(l, h.key())).toList());
            }
            out.add(Line.EMPTY);
        }
        return out;
    }

    /** The key column in {@link Style#KEY} rather than the muted label style. */
    private static Line restyleKey(Line l, String key) {
        List<TextRun> runs = new ArrayList<>();
        for (TextRun s : l.runs()) {
            runs.add(s.style() == Style.MUTED && s.text().strip().equals(key) ? new TextRun(s.text(), Style.KEY) : s);
        }
        return new Line(runs);
    }

    static void paint(HelpPage p, TuiState state, Canvas c) {
        PageFrame.scrolled(c, state, state.msg().get("keys.title"), lines(p, state.msg(), c.width()), p.offset());
    }
}
