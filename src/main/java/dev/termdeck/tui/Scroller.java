package dev.termdeck.tui;

/**
 * The scroll position of a page taller than the screen: Up/Down (and j/k) move a line, Page Up/Down and Space a
 * screen, Home/End to the ends. Not thread-safe.
 */
final class Scroller {
    private int offset;

    /**
     * Applies a scrolling key.
     *
     * @param total   lines in the page
     * @param visible lines on screen
     * @return whether the key was a scrolling key
     */
    boolean handle(Key k, int total, int visible) {
        int max = Math.max(0, total - visible);
        int page = Math.max(1, visible - 1);
        int next;
        if (k.is(Key.Kind.UP) || k.is('k')) {
            next = offset - 1;
        } else if (k.is(Key.Kind.DOWN) || k.is('j')) {
            next = offset + 1;
        } else if (k.is(Key.Kind.PAGE_UP)) {
            next = offset - page;
        } else if (k.is(Key.Kind.PAGE_DOWN) || k.is(' ')) {
            next = offset + page;
        } else if (k.is(Key.Kind.HOME)) {
            next = 0;
        } else if (k.is(Key.Kind.END)) {
            next = max;
        } else {
            return false;
        }
        offset = Math.max(0, Math.min(max, next));
        return true;
    }

    /** The first line to show, kept in range for {@code total} lines of which {@code visible} show. */
    int offset(int total, int visible) {
        return Math.max(0, Math.min(offset, total - visible));
    }

    void to(int line) {
        offset = Math.max(0, line);
    }
}
