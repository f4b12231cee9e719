package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    @Test
    void lineShowsCountAndEta() {
        assertThat(ProgressBar.line(12, 48, 3_000_000_000L))
                .isEqualTo("[######------------------] 12/48 documents, about 9 s left");
    }

    @Test
    void quietDuringTheFirstSecond() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, now::get);
        now.set(500_000_000L);
        bar.documentDone(1, 10);

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void drawnOnATerminalAfterASecondAndClearedAtTheEnd() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, now::get);
        now.set(2_000_000_000L);
        bar.documentDone(5, 10);
        bar.documentDone(10, 10);

        assertThat(err.toString()).startsWith("\r[############------------] 5/10 documents, about 2 s left")
                .endsWith("\r");
    }

    @Test
    void aShorterLineLeavesNothingOfTheLongerOneBehind() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, now::get);
        now.set(10_000_000_000L);
        bar.documentDone(1, 3);
        now.set(10_500_000_000L);
        bar.documentDone(2, 3);

        String screen = Terminal.render(err.toString());
        assertThat(screen).isEqualTo("[################--------] 2/3 documents, about 5 s left");
    }

    /** What a terminal shows after printing text with carriage returns: one line, overwritten in place. */
    private static final class Terminal {
        static String render(String printed) {
            StringBuilder line = new StringBuilder();
            int col = 0;
            for (char c : printed.toCharArray()) {
                if (c == '\r') {
                    col = 0;
                } else {
                    if (col < line.length()) {
                        line.setCharAt(col, c);
                    } else {
                        line.append(c);
                    }
                    col++;
                }
            }
            return line.toString().stripTrailing();
        }
    }

    @Test
    void quietWhenNotATerminal() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false, now::get);
        now.set(5_000_000_000L);
        bar.documentDone(5, 10);

        assertThat(err.toString()).isEmpty();
    }
}
