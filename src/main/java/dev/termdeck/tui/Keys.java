package dev.termdeck.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Turns Lanterna's key strokes into {@link Key}s, so that pages do not depend on the terminal library. Stateless. */
final class Keys {
    private Keys() {
    }

    static Key of(KeyStroke k) {
        KeyType t = k.getKeyType();
        return switch (t) {
            case Character -> new Key(Key.Kind.CHAR, k.getCharacter(), k.isCtrlDown(), k.isAltDown());
            case Enter -> Key.of(Key.Kind.ENTER);
            case Escape -> Key.of(Key.Kind.ESCAPE);
            case Backspace -> Key.of(Key.Kind.BACKSPACE);
            case Delete -> Key.of(Key.Kind.DELETE);
            case Tab -> Key.of(Key.Kind.TAB);
            case ReverseTab -> Key.of(Key.Kind.BACK_TAB);
            case ArrowUp -> Key.of(Key.Kind.UP);
            case ArrowDown -> Key.of(Key.Kind.DOWN);
            case ArrowLeft -> Key.of(Key.Kind.LEFT);
            case ArrowRight -> Key.of(Key.Kind.RIGHT);
            case Home -> Key.of(Key.Kind.HOME);
            case End -> Key.of(Key.Kind.END);
            case PageUp -> Key.of(Key.Kind.PAGE_UP);
            case PageDown -> Key.of(Key.Kind.PAGE_DOWN);
            case EOF -> Key.of(Key.Kind.EOF);
            default -> Key.of(Key.Kind.OTHER);
        };
    }
}
