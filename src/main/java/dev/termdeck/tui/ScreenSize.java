package dev.termdeck.tui;

/**
 * The size of the frame being drawn, which pages that scroll need to know a screenful. Not thread-safe: the UI thread
 * owns it.
 */
final class ScreenSize {
    private int columns = 80;
    private int rows = 24;

    /** Records the size of the frame being drawn. */
    void set(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    int columns() {
        return columns;
    }

    /** Rows of a page's body on the current screen. */
    int bodyRows() {
        return Math.max(1, rows - PageFrame.BODY_TOP - 2);
    }
}
