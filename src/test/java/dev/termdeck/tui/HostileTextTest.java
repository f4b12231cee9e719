package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.ui.DisplayWidth;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Card text with terminal controls (a vertical tab pasted from Word, ESC, BEL, a C1 CSI, a bidi override, line breaks)
 * never crashes the full-screen UI and never reaches a cell of the terminal as a control: checked cell by cell on
 * Lanterna's virtual terminal.
 */
class HostileTextTest {
    @TempDir
    Path dir;

    @Test
    void aHostileDeckIsStudiedWithoutACrashAndWithoutAControlInAnyCell() throws Exception {
        for (Direction direction : new Direction[] {Direction.EN_ZH, Direction.TERM_DEF}) {
            try (TuiHarness h = TuiHarness.create(dir.resolve(direction.code()), 80, 24, "hostile")
                    .start(Lang.EN, direction, Mode.FLIP)) {
                assertNoControlCell(h.terminal);
                h.type(" ");
                assertThat(h.screen()).contains("evil ]0;pwned term");
                assertNoControlCell(h.terminal);
                h.type("3");
                assertNoControlCell(h.terminal);
            }
        }
    }

    @Test
    void controlsThatReachTheCanvasAreDrawnAsVisibleSymbols() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(60, 3));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            Canvas canvas = new Canvas(screen.newTextGraphics(), 60, 3);
            canvas.draw(0, 0, Line.of("a\u000Bb\u001B[2Jc\u0007d\u009B1me\u202Ef\ng", Style.BOLD));
            screen.refresh();

            StringBuilder row = new StringBuilder();
            for (int c = 0; c < 20; c++) {
                row.append(terminal.getCharacter(c, 0).getCharacterString());
            }
            assertThat(row.toString()).isEqualTo("a␋b␛[2Jc␇d\uFFFD1me\uFFFDf␊g  ");
            assertNoControlCell(terminal);
        } finally {
            screen.stopScreen();
        }
    }

    @Test
    void aControlIsOneColumnWideWhereverTextIsMeasured() {
        assertThat(DisplayWidth.of("a\u001Bb")).isEqualTo(3);
        assertThat(DisplayWidth.of("x\u202Ey")).isEqualTo(3);
        assertThat(Line.of("a\tb").text()).isEqualTo("a b");
    }

    private static void assertNoControlCell(DefaultVirtualTerminal terminal) {
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                String s = ch.getCharacterString();
                assertThat(s.chars().noneMatch(dev.termdeck.core.SafeText::isUnsafe))
                        .as("cell (%d, %d) holds U+%04X", c, r, (int) s.charAt(0)).isTrue();
            }
        }
    }
}
