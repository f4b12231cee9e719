package dev.termdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.TermdeckException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedReaderTest {
    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        String text = "\uFEFFa,\"b, \"\"c\"\"\r\nd\",e\r\nf,,g\r\n";

        List<Row> rows = csv(text);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fields()).containsExactly("a", "b, \"c\"\nd", "e");
        assertThat(rows.get(1).fields()).containsExactly("f", "", "g");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).columns()).containsExactly(1, 3, 4);
    }

    @Test
    void blankLinesAndCommentsAreSkippedAndCrAloneEndsALine() {
        List<Row> rows = new DelimitedReader("f.txt", "#c:1\rx\ty\n\n#comment\n\"#not\"\tz", '\t', true, '#')
                .readAll();

        assertThat(rows).extracting(Row::fields).containsExactly(List.of("x", "y"), List.of("#not", "z"));
        assertThat(rows.get(1).line()).isEqualTo(5);
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        assertThatThrownBy(() -> csv("a,b\nc,\"d\ne\n"))
                .isInstanceOf(TermdeckException.class)
                .hasMessage("t.csv:2:3: the quoted field that starts here is never closed");
    }

    @Test
    void textAfterAClosingQuoteIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> csv("a,b\n\"c\"x,d\n"))
                .hasMessage("t.csv:2:4: text after the closing quote of a field (a quote inside a quoted field is "
                        + "written as two quotes)");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnError() {
        assertThatThrownBy(() -> csv("ab\"c,d\n"))
                .hasMessageStartingWith("t.csv:1:3: a double quote inside an unquoted field");
    }

    @Test
    void withoutQuotingQuotesAreText() {
        List<Row> rows = new DelimitedReader("q.txt", "say \"hi\"\tx\r\n", '\t', false, (char) 0).readAll();

        assertThat(rows.get(0).fields()).containsExactly("say \"hi\"", "x");
    }

    @Test
    void writerQuotesOnlyWhatNeedsIt() {
        String out = new DelimitedWriter(',', "\r\n")
                .row(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "#hash", " padded", ""))
                .toString();

        assertThat(out).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"#hash\",\" padded\",\r\n");
        assertThat(csv(out).get(0).fields())
                .containsExactly("plain", "a,b", "say \"hi\"", "two\nlines", "#hash", " padded", "");
    }

    private static List<Row> csv(String text) {
        return new DelimitedReader("t.csv", text, ',', true, (char) 0).readAll();
    }
}
