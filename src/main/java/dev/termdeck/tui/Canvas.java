package dev.termdeck.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.termdeck.ui.DisplayWidth;
import java.util.List;

/**
 * Where painters draw: a width-aware wrapper over Lanterna's {@link TextGraphics} for one frame. It draws
 * {@link Line}s clipped to the screen (never half a wide character), maps each {@link Style} to the terminal's
 * default colours plus a modifier or an ANSI accent (without colour, {@code NO_COLOR}: the modifiers alone), and
 * remembers where the text cursor should be (an input field), or none. Not thread-safe; one per frame.
 */
final class Canvas {
    private final TextGraphics g;
    private final int width;
    private final int height;
    private final boolean color;
    private TerminalPosition cursor;

    /** A canvas in colour. */
    Canvas(TextGraphics g, int width, int height) {
        this(g, width, height, true);
    }

    /** A canvas that uses colour accents only when {@code color} is set. */
    Canvas(TextGraphics g, int width, int height, boolean color) {
        this.g = g;
        this.width = width;
        this.height = height;
        this.color = color;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Draws {@code line} at column {@code col} of {@code row}, cut (with an ellipsis) at the right edge. */
    void draw(int col, int row, Line line) {
        draw(col, row, line, width - col);
    }

    /** Draws {@code line} at ({@code col}, {@code row}) within {@code columns} columns. */
    void draw(int col, int row, Line line, int columns) {
        if (row < 0 || row >= height || col >= width || columns <= 0) {
            return;
        }
        int x = col;
        for (TextRun s : TextWrap.truncate(line, Math.min(columns, width - col)).runs()) {
            apply(s.style());
            g.putString(x, row, s.text());
            x += DisplayWidth.of(s.text());
        }
        apply(Style.NORMAL);
    }

    /** Draws {@code lines} from {@code row} down, at most {@code rows} of them; the number drawn. */
    int draw(int col, int row, List<Line> lines, int rows) {
        int n = Math.min(lines.size(), rows);
        for (int i = 0; i < n; i++) {
            draw(col, row + i, lines.get(i));
        }
        return n;
    }

    /** Fills a whole row with {@code style} (a selection bar) before text is drawn on it. */
    void fillRow(int row, int fromCol, int toCol, Style style) {
        if (row < 0 || row >= height) {
            return;
        }
        apply(style);
        g.putString(fromCol, row, " ".repeat(Math.max(0, Math.min(toCol, width) - fromCol)));
        apply(Style.NORMAL);
    }

    /** Draws {@code line} centred on {@code row}. */
    void center(int row, Line line) {
        draw(Math.max(0, (width - line.width()) / 2), row, line);
    }

    /** Puts the text cursor at ({@code col}, {@code row}); without a call the cursor is hidden. */
    void cursor(int col, int row) {
        if (col >= 0 && col < width && row >= 0 && row < height) {
            cursor = new TerminalPosition(col, row);
        }
    }

    /** Where the cursor should show, or {@code null} to hide it. */
    TerminalPosition cursor() {
        return cursor;
    }

    private void apply(Style style) {
        g.clearModifiers();
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.setForegroundColor(!color ? TextColor.ANSI.DEFAULT : switch (style) {
            case ACCENT, BAR -> TextColor.ANSI.CYAN;
            case GOOD -> TextColor.ANSI.GREEN;
            case BAD -> TextColor.ANSI.RED;
            case CLOSE -> TextColor.ANSI.MAGENTA;
            default -> TextColor.ANSI.DEFAULT;
        });
        switch (style) {
            case BOLD, ACCENT, GOOD, BAD, CLOSE, KEY -> g.enableModifiers(SGR.BOLD);
            case MARK -> g.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
            case SELECTED -> g.enableModifiers(SGR.REVERSE);
            default -> {
                // NORMAL, MUTED and BAR use the terminal's own colours and weight.
            }
        }
    }
}
