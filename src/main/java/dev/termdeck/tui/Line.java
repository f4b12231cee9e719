package dev.termdeck.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of styled text: what painters produce and the {@link Canvas} draws. Immutable; {@link #width()} is the
 * display width (a CJK character takes two columns).
 *
 * @param segs the runs, in order
 */
record Line(List<Seg> segs) {
    static final Line EMPTY = new Line(List.of());

    Line {
        segs = List.copyOf(segs);
    }

    static Line of(String text) {
        return of(text, Style.NORMAL);
    }

    static Line of(String text, Style style) {
        return text.isEmpty() ? EMPTY : new Line(List.of(new Seg(text, style)));
    }

    /** A line from alternating text and style arguments: {@code Line.of("a", Style.BOLD, "b", Style.NORMAL)}. */
    static Line of(Object... textAndStyle) {
        if (textAndStyle.length % 2 != 0) {
            throw new IllegalArgumentException("text and style come in pairs");
        }
        List<Seg> segs = new ArrayList<>();
        for (int i = 0; i < textAndStyle.length; i += 2) {
            String t = (String) textAndStyle[i];
            if (!t.isEmpty()) {
                segs.add(new Seg(t, (Style) textAndStyle[i + 1]));
            }
        }
        return new Line(segs);
    }

    /** This line followed by {@code text} in {@code style}. */
    Line plus(String text, Style style) {
        if (text.isEmpty()) {
            return this;
        }
        List<Seg> s = new ArrayList<>(segs);
        s.add(new Seg(text, style));
        return new Line(s);
    }

    /** This line followed by {@code other}. */
    Line plus(Line other) {
        List<Seg> s = new ArrayList<>(segs);
        s.addAll(other.segs);
        return new Line(s);
    }

    /** This line with {@code columns} spaces in front. */
    Line indent(int columns) {
        return columns <= 0 ? this : Line.of(" ".repeat(columns)).plus(this);
    }

    /** The text without styles. */
    String text() {
        StringBuilder sb = new StringBuilder();
        segs.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    /** The display width in terminal columns. */
    int width() {
        return TextWidth.of(text());
    }
}
