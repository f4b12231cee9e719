package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEditorTest {
    @Test
    void insertsMovesAndDeletesWholeCharacters() {
        LineEditor e = new LineEditor();
        "联邦x".codePoints().forEach(c -> e.handle(Key.ch(c)));
        e.handle(Key.of(Key.Kind.LEFT));
        e.handle(Key.of(Key.Kind.BACKSPACE));
        assertThat(e.text()).isEqualTo("联x");
        e.handle(Key.of(Key.Kind.HOME));
        e.handle(Key.of(Key.Kind.DELETE));
        assertThat(e.text()).isEqualTo("x");
        e.set("a𠀀");
        e.handle(Key.of(Key.Kind.BACKSPACE));
        assertThat(e.text()).isEqualTo("a");
    }

    @Test
    void ctrlWDeletesAWordAndCtrlUClearsTheField() {
        LineEditor e = new LineEditor("federated learning");
        e.handle(Key.ctrl('w'));
        assertThat(e.text()).isEqualTo("federated ");
        e.handle(Key.of(Key.Kind.HOME));
        e.handle(Key.ctrl('u'));
        assertThat(e.text()).isEmpty();
        assertThat(e.handle(Key.ctrl('x'))).isFalse();
    }
}
