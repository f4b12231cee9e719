package dev.termdeck.tui;

/**
 * The text of an input field and its cursor, edited by keys: characters insert, Backspace and Delete remove a
 * character (never half of a surrogate pair), Left/Right/Home/End move, Ctrl-U clears the field, Ctrl-W deletes the
 * word before the cursor. Holds no drawing. Not thread-safe.
 */
final class LineEditor {
    private final StringBuilder text = new StringBuilder();
    private int cursor;

    LineEditor() {
    }

    LineEditor(String initial) {
        set(initial);
    }

    String text() {
        return text.toString();
    }

    /** The cursor as a UTF-16 index into {@link #text()}. */
    int cursor() {
        return cursor;
    }

    void set(String s) {
        text.setLength(0);
        text.append(s == null ? "" : s);
        cursor = text.length();
    }

    /** Puts the cursor before the first character. */
    void home() {
        cursor = 0;
    }

    /**
     * Applies an editing key.
     *
     * @return whether the key was an editing key (and was used)
     */
    boolean handle(Key k) {
        if (k.printable()) {
            text.insert(cursor, Character.toChars(k.ch()));
            cursor += Character.charCount(k.ch());
            return true;
        }
        if (k.kind() == Key.Kind.CHAR && k.ctrl()) {
            switch (k.ch()) {
                case 'u', 'U' -> {
                    text.setLength(0);
                    cursor = 0;
                    return true;
                }
                case 'w', 'W' -> {
                    deleteWord();
                    return true;
                }
                case 'a', 'A' -> {
                    cursor = 0;
                    return true;
                }
                case 'e', 'E' -> {
                    cursor = text.length();
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
        switch (k.kind()) {
            case BACKSPACE -> {
                if (cursor > 0) {
                    int from = text.offsetByCodePoints(cursor, -1);
                    text.delete(from, cursor);
                    cursor = from;
                }
            }
            case DELETE -> {
                if (cursor < text.length()) {
                    text.delete(cursor, text.offsetByCodePoints(cursor, 1));
                }
            }
            case LEFT -> cursor = cursor > 0 ? text.offsetByCodePoints(cursor, -1) : 0;
            case RIGHT -> cursor = cursor < text.length() ? text.offsetByCodePoints(cursor, 1) : cursor;
            case HOME -> cursor = 0;
            case END -> cursor = text.length();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void deleteWord() {
        int from = cursor;
        while (from > 0 && text.charAt(from - 1) == ' ') {
            from--;
        }
        while (from > 0 && text.charAt(from - 1) != ' ') {
            from--;
        }
        text.delete(from, cursor);
        cursor = from;
    }
}
