package dev.termdeck.tui;

import dev.termdeck.ui.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of styled text: what painters produce and the {@link Canvas} draws. Immutable; {@link #width()} is the
 * display width (a CJK character takes two columns).
 *
 * @param runs the runs, in order
 */
record Line(List<TextRun> runs) {
    static final Line EMPTY = new Line(List.of());

    Line {
        runs = List.copyOf(runs);
    }

    static Line of(String text) {
        return of(text, Style.NORMAL);
    }

    static Line of(String text, Style style) {
        return text.isEmpty() ? EMPTY : new Line(List.of(new TextRun(text, style)));
    }

    /** A line from alternating text and style arguments: {@code Line.of("a", Style.BOLD, "b", Style.NORMAL)}. */
    static Line of(Object... textAndStyle) {
        if (textAndStyle.length % 2 != 0) {
            throw new IllegalArgumentException("text and style come in pairs");
        }
        List<TextRun> runs = new ArrayList<>();
        for (int i = 0; i < textAndStyle.length; i += 2) {
            String t = (String) textAndStyle[i];
            if (!t.isEmpty()) {
                runs.add(new TextRun(t, (Style) textAndStyle[i + 1]));
            }
        }
        return new Line(runs);
    }

    /** This line followed by {@code text} in {@code style}. */
    Line plus(String text, Style style) {
        if (text.isEmpty()) {
            return this;
        }
        List<TextRun> s = new ArrayList<>(runs);
        s.add(new TextRun(text, style));
        return new Line(s);
    }

    /** This line followed by {@code other}. */
    Line plus(Line other) {
        List<TextRun> s = new ArrayList<>(runs);
        s.addAll(other.runs);
        return new Line(s);
    }

    /** This line with {@code columns} spaces in front. */
    Line indent(int columns) {
        return columns <= 0 ? this : Line.of(" ".repeat(columns)).plus(this);
    }

    /** The text without styles. */
    String text() {
        StringBuilder sb = new StringBuilder();
        runs.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    /** The display width in terminal columns. */
    int width() {
        return DisplayWidth.of(text());
    }
}
