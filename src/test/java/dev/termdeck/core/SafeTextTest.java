package dev.termdeck.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SafeTextTest {
    private static final String EVIL = "a\u001B]0;title\u0007b\u001B[2Jc\u009B31md\u202Ee\nsaved x good\rf\u2028g";

    @Test
    void forTerminalShowsEveryControlAsOneVisibleCharacterOnOneLine() {
        String safe = SafeText.forTerminal(EVIL);

        assertThat(safe).isEqualTo("a␛]0;title␇b␛[2Jc\uFFFD31md\uFFFDe␊saved x good␍f␤g");
        assertThat(safe).hasSameSizeAs(EVIL);
        assertThat(safe.chars()).noneMatch(SafeText::isUnsafe);
    }

    @Test
    void forTerminalLeavesOrdinaryTextAloneAndMakesTabsSpaces() {
        String text = "联邦学习 (FL): federated learning — 100% «ok»";
        assertThat(SafeText.forTerminal(text)).isSameAs(text);
        assertThat(SafeText.forTerminal("a\tb")).isEqualTo("a b");
        assertThat(SafeText.forTerminal(null)).isNull();
    }

    @Test
    void everyBidiControlIsNeutralised() {
        for (int c : new int[] {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
                0x2068, 0x2069}) {
            assertThat(SafeText.forTerminal("x" + (char) c + "y")).as("U+%04X", c).isEqualTo("x\uFFFDy");
        }
    }

    @Test
    void storedFoldsBreaksAndControlsIntoOneSpaceAndDropsBidiControls() {
        assertThat(SafeText.stored("first line\r\n  second\tline")).isEqualTo("first line second line");
        assertThat(SafeText.stored("clear\u001B[2J screen")).isEqualTo("clear [2J screen");
        assertThat(SafeText.stored("\u202Eesrever")).isEqualTo("esrever");
        assertThat(SafeText.stored("abc\u0085def\u0007")).isEqualTo("abc def ");
        String clean = "大型语言模型 large language model";
        assertThat(SafeText.stored(clean)).isSameAs(clean);
    }

    @Test
    void terminalWriterPrintsEachValueAsOneLine() {
        StringWriter sink = new StringWriter();
        PrintWriter w = TerminalWriter.of(new PrintWriter(sink));

        w.println("term: x\nsaved fake good");
        w.printf("%s: %d cards%n", Path.of("evil\u001B[2J\nsaved.deck.json"), 3);
        w.print("help line one\nhelp \u001B[1mline\u001B[0m two\n");
        w.print("\r[####] 1/2\r");
        w.flush();

        assertThat(sink.toString()).isEqualTo("term: x␊saved fake good\n"
                + "evil␛[2J␊saved.deck.json: 3 cards\n"
                + "help line one\nhelp ␛[1mline␛[0m two\n"
                + "\r[####] 1/2\r");
        assertThat(TerminalWriter.of(w)).isSameAs(w);
    }
}
