package dev.termdeck.tui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Navigation of the full-screen UI: the pages as a stack, the page on screen on top, and whether the learner asked to
 * quit. Opening or replacing a page clears the status line. Not thread-safe: the UI thread owns it.
 */
final class PageStack {
    private final Deque<Page> pages = new ArrayDeque<>();
    private final StatusLine status;
    private boolean quit;

    PageStack(StatusLine status) {
        this.status = status;
    }

    /** The page on screen. */
    Page current() {
        return pages.peek();
    }

    /** Opens {@code page} over the current one ({@link #back()} returns). */
    void open(Page page) {
        pages.push(page);
        status.clear();
    }

    /** Closes the current page, back to the one under it (which is told it is on screen again). */
    void back() {
        if (pages.size() > 1) {
            pages.pop();
            pages.peek().resumed();
        }
    }

    /** Replaces every page with {@code page}. */
    void reset(Page page) {
        pages.clear();
        pages.push(page);
        status.clear();
    }

    void quit() {
        quit = true;
    }

    boolean quitting() {
        return quit;
    }
}
