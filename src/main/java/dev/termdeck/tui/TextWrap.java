package dev.termdeck.tui;

import dev.termdeck.ui.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * Styled lines fitted to a width, measured by {@link DisplayWidth} (the one width table): wrapped between words for
 * Latin text and between characters for CJK text (but not before closing punctuation such as {@code ，。）}), cut
 * into pieces, or truncated with an ellipsis; never cutting a character in half or splitting a surrogate pair.
 * Stateless.
 */
final class TextWrap {
    /** Characters a line should not start with (they close what came before). */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）」』》〉】,.;:!?)]}%";

    private TextWrap() {
    }

    /** {@code line} cut to at most {@code columns} columns, ending in an ellipsis when it was cut. */
    static Line truncate(Line line, int columns) {
        if (line.width() <= columns) {
            return line;
        }
        List<TextRun> out = new ArrayList<>();
        int left = Math.max(0, columns - 1);
        Style last = Style.NORMAL;
        for (TextRun s : line.runs()) {
            String part = DisplayWidth.fit(s.text(), left);
            if (!part.isEmpty()) {
                out.add(new TextRun(part, s.style()));
            }
            last = s.style();
            left -= DisplayWidth.of(part);
            if (part.length() < s.text().length()) {
                break;
            }
        }
        if (columns > 0) {
            out.add(new TextRun(DisplayWidth.ELLIPSIS, last));
        }
        return new Line(out);
    }

    /** Wraps plain text to {@code columns}. */
    static List<Line> wrap(String text, Style style, int columns) {
        return wrap(Line.of(text, style), columns);
    }

    /**
     * Wraps {@code line} into lines no wider than {@code columns}: between words for Latin text, between characters
     * for CJK; a word longer than a line is split between characters. Spaces at a break are dropped.
     */
    static List<Line> wrap(Line line, int columns) {
        List<Cell> cells = cells(line);
        List<Line> out = new ArrayList<>();
        int width = Math.max(1, columns);
        int start = 0;
        while (start < cells.size()) {
            while (start < cells.size() && cells.get(start).cp == ' ') {
                start++;
            }
            if (start >= cells.size()) {
                break;
            }
            int w = 0;
            int end = start;
            int lastBreak = -1;
            while (end < cells.size() && w + cells.get(end).width <= width) {
                w += cells.get(end).width;
                end++;
                if (end < cells.size() && canBreakBefore(cells, end)) {
                    lastBreak = end;
                }
            }
            if (end < cells.size() && cells.get(end).cp != ' ' && lastBreak > start) {
                end = lastBreak;
            } else if (end == start) {
                end = start + 1;
            }
            int trimmed = end;
            while (trimmed > start && cells.get(trimmed - 1).cp == ' ') {
                trimmed--;
            }
            out.add(join(cells.subList(start, trimmed)));
            start = end;
        }
        if (out.isEmpty()) {
            out.add(Line.EMPTY);
        }
        return out;
    }

    /**
     * Where each row of {@code text} starts when it is wrapped to {@code columns} for editing: between words for Latin
     * text (the spaces stay at the end of the row they follow, so that every character, and the cursor before it,
     * is on a row), between characters for CJK, inside a word only when it is longer than a row. The first start is
     * 0; row {@code i} is {@code text.substring(starts[i], starts[i + 1])}, the last runs to the end.
     */
    static List<Integer> rowStarts(String text, int columns) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int width = Math.max(2, columns);
        int rowStart = 0;
        int w = 0;
        int lastBreak = -1;
        boolean prevWide = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int cw = DisplayWidth.of(cp == '\n' || cp == '\t' ? ' ' : cp);
            if (cp == ' ' || cp == '\n' || cp == '\t') {
                i += Character.charCount(cp);
                w += cw;
                lastBreak = i;
                prevWide = false;
                continue;
            }
            boolean breakable = (cw == 2 || prevWide) && NO_BREAK_BEFORE.indexOf(cp) < 0 && cw > 0;
            if (breakable && i > rowStart) {
                lastBreak = i;
            }
            if (w + cw > width && i > rowStart) {
                rowStart = lastBreak > rowStart ? lastBreak : i;
                starts.add(rowStart);
                w = DisplayWidth.of(text.substring(rowStart, i));
                lastBreak = -1;
            }
            w += cw;
            prevWide = cw == 2;
            i += Character.charCount(cp);
        }
        return starts;
    }

    /** Splits {@code line} into pieces of exactly {@code columns} columns (the last may be shorter), by character. */
    static List<Line> chunk(Line line, int columns) {
        List<Cell> cells = cells(line);
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start < cells.size()) {
            int w = 0;
            int end = start;
            while (end < cells.size() && w + cells.get(end).width <= Math.max(2, columns)) {
                w += cells.get(end).width;
                end++;
            }
            out.add(join(cells.subList(start, end)));
            start = end;
        }
        if (out.isEmpty()) {
            out.add(Line.EMPTY);
        }
        return out;
    }

    private static boolean canBreakBefore(List<Cell> cells, int i) {
        Cell c = cells.get(i);
        Cell prev = cells.get(i - 1);
        if (NO_BREAK_BEFORE.indexOf(c.cp) >= 0 || c.width == 0) {
            return false;
        }
        return prev.cp == ' ' && c.cp != ' ' || c.width == 2 || prev.width == 2 && c.cp != ' ';
    }

    private record Cell(int cp, int width, Style style) {
    }

    private static List<Cell> cells(Line line) {
        List<Cell> cells = new ArrayList<>();
        for (TextRun s : line.runs()) {
            String t = s.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                cells.add(new Cell(cp == '\n' || cp == '\t' ? ' ' : cp, DisplayWidth.of(cp == '\n' || cp == '\t' ? ' ' : cp),
                        s.style()));
            }
        }
        return cells;
    }

    private static Line join(List<Cell> cells) {
        List<TextRun> runs = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        Style style = null;
        for (Cell c : cells) {
            if (c.style != style && sb.length() > 0) {
                runs.add(new TextRun(sb.toString(), style));
                sb.setLength(0);
            }
            style = c.style;
            sb.appendCodePoint(c.cp);
        }
        if (sb.length() > 0) {
            runs.add(new TextRun(sb.toString(), style));
        }
        return new Line(runs);
    }
}
