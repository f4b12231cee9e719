package dev.termdeck.tui;

/**
 * A key press as the pages see it, free of the terminal library: a character (possibly with Ctrl or Alt) or a named
 * key. Immutable.
 *
 * @param kind what was pressed
 * @param ch   the character for {@link Kind#CHAR} (a code point), else 0
 * @param ctrl whether Ctrl was held
 * @param alt  whether Alt was held
 */
record Key(Kind kind, int ch, boolean ctrl, boolean alt) {
    /** Named keys. */
    enum Kind {
        CHAR, ENTER, ESCAPE, BACKSPACE, DELETE, TAB, BACK_TAB, UP, DOWN, LEFT, RIGHT, HOME, END, PAGE_UP, PAGE_DOWN,
        /** The input ended (the terminal went away). */
        EOF,
        /** Anything else (function keys, mouse). */
        OTHER
    }

    static Key of(Kind kind) {
        return new Key(kind, 0, false, false);
    }

    static Key ch(int c) {
        return new Key(Kind.CHAR, c, false, false);
    }

    static Key ctrl(int c) {
        return new Key(Kind.CHAR, c, true, false);
    }

    /** Whether this is the plain character {@code c} (no Ctrl or Alt). */
    boolean is(int c) {
        return kind == Kind.CHAR && ch == c && !ctrl && !alt;
    }

    /** Whether this is a printable character without Ctrl or Alt (text for an input field). */
    boolean printable() {
        return kind == Kind.CHAR && !ctrl && !alt && ch >= 0x20 && ch != 0x7f;
    }

    /** Ctrl-C: quit at once (the answers given are already saved). */
    boolean interrupt() {
        return kind == Kind.CHAR && ctrl && (ch == 'c' || ch == 'C');
    }

    boolean is(Kind k) {
        return kind == k;
    }
}
