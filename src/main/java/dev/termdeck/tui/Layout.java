package dev.termdeck.tui;

import dev.termdeck.study.question.Excerpt;
import dev.termdeck.study.question.Span;
import dev.termdeck.ui.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/** Building blocks of page bodies, as lines: wrapped paragraphs, labelled values, rules, highlights. Stateless. */
final class Layout {
    private Layout() {
    }

    /** {@code line} wrapped to {@code width - indent} and indented. */
    static List<Line> paragraph(Line line, int indent, int width) {
        List<Line> out = new ArrayList<>();
        for (Line l : TextWrap.wrap(line, width - indent)) {
            out.add(l.indent(indent));
        }
        return out;
    }

    /**
     * A label and its value: the label in a column {@code labelWidth} wide, the value wrapped beside it with a
     * hanging indent.
     */
    static List<Line> labeled(String label, Line value, int indent, int labelWidth, int width) {
        List<Line> out = new ArrayList<>();
        List<Line> wrapped = TextWrap.wrap(value, Math.max(8, width - indent - labelWidth));
        for (int i = 0; i < wrapped.size(); i++) {
            Line head = i == 0 ? Line.of(DisplayWidth.pad(label, labelWidth), Style.MUTED)
                    : Line.of(" ".repeat(labelWidth));
            out.add(head.plus(wrapped.get(i)).indent(indent));
        }
        return out;
    }

    /** The width of a label column for {@code labels}: the widest plus two spaces. */
    static int labelWidth(String... labels) {
        int w = 0;
        for (String l : labels) {
            w = Math.max(w, DisplayWidth.of(l));
        }
        return w + 2;
    }

    /** A rule with a title: {@code ── Answer ─────}. */
    static Line rule(String title, int indent, int width) {
        Line head = Line.of("── ", Style.MUTED, title, Style.BOLD, " ", Style.MUTED);
        return head.plus("─".repeat(Math.max(0, width - indent * 2 - head.width())), Style.MUTED).indent(indent);
    }

    /** A sentence with its highlighted spans in {@link Style#MARK}. */
    static Line highlight(Excerpt e) {
        Line line = Line.EMPTY;
        int last = 0;
        for (Span s : e.highlights()) {
            line = line.plus(e.text().substring(last, s.start()), Style.NORMAL)
                    .plus(e.text().substring(s.start(), s.end()), Style.MARK);
            last = s.end();
        }
        return line.plus(e.text().substring(last), Style.NORMAL);
    }

    /** {@code line} in reverse video padded to {@code width}, for a selected row. */
    static Line selected(Line line, int width) {
        Line out = Line.EMPTY;
        for (TextRun s : line.runs()) {
            out = out.plus(s.text(), Style.SELECTED);
        }
        return out.plus(" ".repeat(Math.max(0, width - line.width())), Style.SELECTED);
    }
}
