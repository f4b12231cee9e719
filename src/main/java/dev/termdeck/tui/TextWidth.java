package dev.termdeck.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out by display width: a CJK (or other East Asian wide) character takes two terminal columns, a
 * combining mark none. Wrapping and truncation never cut a character in half or split a surrogate pair; Latin text
 * wraps between words, CJK text between characters (but not before closing punctuation such as {@code ，。）}).
 * Widths come from Lanterna's {@link TerminalTextUtils}, which is what the screen itself uses. Stateless.
 */
final class TextWidth {
    /** What ends a truncated text. */
    static final String ELLIPSIS = "…";
    /** Characters a line should not start with (they close what came before). */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）」』》〉】,.;:!?)]}%";

    private TextWidth() {
    }

    /** The columns one code point takes: 0, 1 or 2. */
    static int of(int cp) {
        if (cp < 0x20 || cp == 0x7f) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        if (Character.isSupplementaryCodePoint(cp)) {
            // Emoji and CJK extension characters are wide in every terminal we target.
            return 2;
        }
        return TerminalTextUtils.isCharDoubleWidth((char) cp) ? 2 : 1;
    }

    /** The display width of {@code s}. */
    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} cut to at most {@code columns} columns, ending in an ellipsis when it was cut. */
    static String truncate(String s, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (of(s) <= columns) {
            return s;
        }
        return fit(s, columns - 1) + ELLIPSIS;
    }

    /** The longest prefix of {@code s} no wider than {@code columns}, without cutting a character. */
    static String fit(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (w + of(cp) > columns) {
                break;
            }
            w += of(cp);
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** {@code s} padded with spaces (or truncated) to exactly {@code columns} columns. */
    static String pad(String s, int columns) {
        String t = truncate(s, columns);
        return t + " ".repeat(Math.max(0, columns - of(t)));
    }

    /** {@code s} right-aligned in a column {@code columns} wide, with at least one space before it. */
    static String padLeft(String s, int columns) {
        String t = truncate(s, columns - 1);
        return " ".repeat(Math.max(0, columns - of(t))) + t;
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
            String part = fit(s.text(), left);
            if (!part.isEmpty()) {
                out.add(new TextRun(part, s.style()));
            }
            last = s.style();
            left -= of(part);
            if (part.length() < s.text().length()) {
                break;
            }
        }
        if (columns > 0) {
            out.add(new TextRun(ELLIPSIS, last));
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
                cells.add(new Cell(cp == '\n' || cp == '\t' ? ' ' : cp, of(cp == '\n' || cp == '\t' ? ' ' : cp),
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
