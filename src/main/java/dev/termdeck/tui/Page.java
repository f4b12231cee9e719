package dev.termdeck.tui;

/**
 * One screen of the full-screen UI. A page holds the state of its screen and turns keys into calls on the study
 * core ({@link #handle}); its painter draws that state ({@link #paint}) and never changes it. Not thread-safe: the UI
 * thread owns every page.
 */
interface Page {
    /** Acts on a key: edits the page's state, calls the session, or navigates through the {@link TuiState}. */
    void handle(Key key);

    /** Draws the page (header, body, footer) onto the frame. */
    void paint(Canvas canvas);

    /** The group of keys the help screen shows first for this page. */
    HelpPage.Topic helpTopic();

    /** The page is on screen again after a page opened over it was closed. */
    default void resumed() {
    }
}
