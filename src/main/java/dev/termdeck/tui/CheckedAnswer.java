package dev.termdeck.tui;

import dev.termdeck.study.answer.AnswerCheck;
import dev.termdeck.study.answer.DiffSegment;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/** How the card screen shows a checked answer: the verdict, and what was typed against the answer. Stateless. */
final class CheckedAnswer {
    private CheckedAnswer() {
    }

    /** The verdict: ✓, ≈ or ✗ and its word (noting an answer taken as pinyin), in its colour. */
    static Line verdict(AnswerCheck check, Messages msg) {
        String text = msg.verdict(check.verdict()) + (check.pinyin() ? " (" + msg.get("card.byPinyin") + ")" : "");
        return switch (check.verdict()) {
            case CORRECT -> Line.of("✓ " + text, Style.GOOD);
            case CLOSE -> Line.of("≈ " + text, Style.CLOSE);
            case WRONG -> Line.of("✗ " + text, Style.BAD);
        };
    }

    /**
     * What was typed against the answer: the merged text with typed-in-excess characters in {@link Style#BAD} and
     * missing ones in {@link Style#GOOD}, and under it a marker row ({@code -} excess, {@code +} missing) so the
     * difference shows without colour. Both rows are split at the same columns, so CJK text stays aligned; the rows
     * fit {@code w} columns with {@code indent} at each side.
     */
    static List<Line> diff(AnswerCheck check, Messages msg, int w, int indent) {
        Line text = Line.EMPTY;
        Line marks = Line.EMPTY;
        for (DiffSegment s : check.diff()) {
            Style style = switch (s.kind()) {
                case SAME -> Style.NORMAL;
                case EXTRA -> Style.BAD;
                case MISSING -> Style.GOOD;
            };
            char mark = switch (s.kind()) {
                case SAME -> ' ';
                case EXTRA -> '-';
                case MISSING -> '+';
            };
            text = text.plus(s.text(), style);
            marks = marks.plus(String.valueOf(mark).repeat(DisplayWidth.of(s.text())), style);
        }
        String label = msg.get("card.diff");
        int lw = DisplayWidth.of(label) + 2;
        int room = Math.max(8, w - 2 * indent - lw);
        List<Line> textRows = TextWrap.chunk(text, room);
        List<Line> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < textRows.size(); i++) {
            Line row = textRows.get(i);
            int cols = row.width();
            Line head = Line.of(DisplayWidth.pad(i == 0 ? label : "", lw), Style.MUTED);
            out.add(head.plus(row).indent(indent));
            out.add(Line.of(" ".repeat(lw)).plus(slice(marks, at, cols)).indent(indent));
            at += cols;
        }
        return out;
    }

    /** Columns {@code [from, from + cols)} of a line of one-column characters. */
    private static Line slice(Line line, int from, int cols) {
        Line out = Line.EMPTY;
        int pos = 0;
        for (TextRun s : line.runs()) {
            int a = Math.max(from, pos);
            int b = Math.min(from + cols, pos + s.text().length());
            if (a < b) {
                out = out.plus(s.text().substring(a - pos, b - pos), s.style());
            }
            pos += s.text().length();
        }
        return out;
    }
}
