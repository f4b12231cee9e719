package dev.termdeck.tui;

import dev.termdeck.deck.Card;
import dev.termdeck.study.SessionProgress;
import dev.termdeck.study.answer.AnswerCheck;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the card screen from a {@link CardPage}'s state: the header with deck, phase, direction (and a flag) and the
 * new, learning and review cards to come;
 * the prompt; the answer field, options or reveal hint; once answered, the verdict, the diff of what was typed, the
 * answer with pinyin, abbreviation, definition and the source sentence (term underlined in bold); the grade bar with
 * the proposed grade marked {@code ▶ ◀}. When the body does not fit, the least important lines (the end of the
 * source sentence) give way. Stateless.
 */
final class CardPainter {
    private static final int INDENT = 4;

    private CardPainter() {
    }

    static void paint(CardPage p, TuiState state, Canvas c) {
        Messages msg = state.msg();
        Question q = p.question();
        int w = c.width();
        // A flag goes first, so that a narrow header cuts the direction rather than the flag.
        Line title = Line.of("termdeck", Style.BOLD, state.session().currentMark().flagged() ? " ⚑" : "",
                Style.ACCENT, "  " + q.key().deck() + " · ", Style.MUTED, msg.phase(q.phase()), Style.NORMAL,
                " · " + msg.direction(q.direction()), Style.MUTED);
        int bottom = PageFrame.frame(c, state, title, counts(state.session().progress(), msg), hints(p, msg));

        List<Line> body = new ArrayList<>();
        body.add(Line.EMPTY);
        body.addAll(Layout.paragraph(Line.of(q.prompt(), Style.BOLD), INDENT, w));
        if (q.hint() != null) {
            body.addAll(Layout.paragraph(Line.of(msg.get("card.hint") + ": ", Style.MUTED, q.hint(),
                    Style.NORMAL), INDENT, w));
        }
        body.add(Line.EMPTY);
        int fieldRow = -1;
        if (q.mode() == Mode.CHOICE) {
            body.addAll(choices(p, w));
        } else if (q.typed()) {
            body.add(Line.of(msg.get("tui.card.yourAnswer", msg.get("lang." + q.answerLang().code())),
                    Style.MUTED).indent(INDENT));
            fieldRow = body.size();
            body.add(field(p, w));
        } else if (p.stage() == CardPage.Stage.ASK) {
            body.add(Line.of("Space", Style.KEY, "  " + msg.get("tui.card.reveal"), Style.MUTED).indent(INDENT));
        }
        if (p.stage() == CardPage.Stage.ANSWER) {
            body.addAll(answer(p, msg, w));
        }
        int rows = bottom - 1 - PageFrame.BODY_TOP;
        if (body.size() > rows) {
            body = new ArrayList<>(body.subList(0, rows));
            Line last = body.get(rows - 1);
            body.set(rows - 1, TextWrap.truncate(last.plus(" " + DisplayWidth.ELLIPSIS, Style.MUTED), w));
        }
        c.draw(0, PageFrame.BODY_TOP, body, rows);
        if (p.inField() && fieldRow >= 0 && fieldRow < rows) {
            String before = visibleBeforeCursor(p, w);
            c.cursor(INDENT + 2 + DisplayWidth.of(before), PageFrame.BODY_TOP + fieldRow);
        }
        if (p.stage() == CardPage.Stage.ANSWER) {
            c.draw(0, bottom - 1, gradeBar(p, msg));
        }
    }

    /**
     * What is left of the session as Anki shows it: the new, learning and review cards to come, the queue of the card
     * shown in bold underline (so the counts read without colour too).
     */
    static Line counts(SessionProgress s, Messages msg) {
        int[] n = {s.newLeft(), s.learning(), s.review()};
        String[] keys = {"tui.count.new", "tui.count.learning", "tui.count.review"};
        Line line = Line.EMPTY;
        for (int i = 0; i < 3; i++) {
            boolean shown = s.shown() != null && s.shown().ordinal() == i;
            if (i > 0) {
                line = line.plus(" · ", Style.MUTED);
            }
            line = line.plus(msg.get(keys[i], n[i]), shown ? Style.MARK : Style.NORMAL);
        }
        return line;
    }

    private static List<Line> choices(CardPage p, int w) {
        Question q = p.question();
        List<Line> out = new ArrayList<>();
        boolean answered = p.stage() == CardPage.Stage.ANSWER;
        for (int i = 0; i < q.choices().size(); i++) {
            String letter = String.valueOf((char) ('a' + i));
            String mark = " ";
            Style style = Style.NORMAL;
            if (answered && i == q.correctChoice()) {
                mark = "✓";
                style = Style.GOOD;
            } else if (answered && i == p.chosen()) {
                mark = "✗";
                style = Style.BAD;
            }
            Line opt = Line.of(mark + " ", style, letter, Style.KEY, "  " + q.choices().get(i), style);
            boolean cursor = !answered && i == p.choiceCursor();
            Line row = Line.of(cursor ? "▶ " : "  ", Style.ACCENT).plus(opt);
            out.add((cursor ? Layout.selected(row, w - 2 * INDENT) : row).indent(INDENT - 2));
        }
        return out;
    }

    /** The answer field: {@code › text}, scrolled so that the cursor shows. */
    private static Line field(CardPage p, int w) {
        if (p.stage() == CardPage.Stage.ANSWER) {
            String typed = p.response() == null ? "" : p.response();
            return Line.of("› ", Style.ACCENT, typed, Style.BOLD).indent(INDENT);
        }
        String before = visibleBeforeCursor(p, w);
        String text = p.input().text();
        String after = text.substring(p.input().cursor());
        int room = w - 2 * INDENT - 2;
        Line line = Line.of("› ", p.inField() ? Style.ACCENT : Style.MUTED, before + after, Style.BOLD);
        return TextWrap.truncate(line, room + 2).indent(INDENT);
    }

    /** The part of the field before the cursor that is on screen (the start scrolls off when the text is long). */
    private static String visibleBeforeCursor(CardPage p, int w) {
        String before = p.input().text().substring(0, p.input().cursor());
        int room = w - 2 * INDENT - 3;
        while (DisplayWidth.of(before) > room) {
            before = before.substring(Character.charCount(before.codePointAt(0)));
        }
        return before;
    }

    private static List<Line> answer(CardPage p, Messages msg, int w) {
        Question q = p.question();
        Card card = q.card();
        List<Line> out = new ArrayList<>();
        AnswerCheck check = p.check();
        if (check != null) {
            out.add(CheckedAnswer.verdict(check, msg).indent(INDENT));
            if (!check.diff().isEmpty()) {
                out.addAll(CheckedAnswer.diff(check, msg, w, INDENT));
            } else if (check.verdict() == AnswerCheck.Verdict.WRONG && q.mode() != Mode.CHOICE) {
                out.addAll(Layout.labeled(msg.get("card.typed"), Line.of(check.typed(), Style.BAD), INDENT,
                        Layout.labelWidth(msg.get("card.typed"), msg.get("card.diff")), w));
            }
        } else if (p.response() != null && q.typed()) {
            out.addAll(Layout.paragraph(Line.of(msg.get("tui.card.notChecked"), Style.MUTED), INDENT, w - INDENT));
        }
        out.add(Layout.rule(msg.get("card.answer"), INDENT - 2, w));
        int lw = Layout.labelWidth(msg.get("card.answer"), msg.get("card.pinyin"), msg.get("card.abbr"),
                msg.get("card.aliases"), msg.get("tui.card.corpusRendering"), msg.get("card.definition"),
                msg.get("card.source"), msg.get("tui.card.term"), msg.get("card.definitionFrom"));
        out.addAll(Layout.labeled(msg.get("card.answer"), Line.of(q.answer(), Style.ACCENT), INDENT, lw, w));
        if (!q.otherAccepted().isEmpty()) {
            out.addAll(Layout.labeled(msg.get("card.aliases"), Line.of(String.join(" · ", q.otherAccepted())),
                    INDENT, lw, w));
        }
        if (!q.corpusRenderings().isEmpty()) {
            out.addAll(Layout.labeled(msg.get("tui.card.corpusRendering"),
                    Line.of(String.join(" · ", q.corpusRenderings())), INDENT, lw, w));
        }
        boolean defAsked = q.direction() == Direction.TERM_DEF || q.direction() == Direction.DEF_TERM;
        if (defAsked || q.mode() == Mode.CLOZE) {
            String terms = String.join(" · ", nonNull(card.term().en(), card.term().zh()));
            out.addAll(Layout.labeled(msg.get("tui.card.term"), Line.of(terms), INDENT, lw, w));
        }
        if (card.pinyin() != null && card.term().zh() != null) {
            out.addAll(Layout.labeled(msg.get("card.pinyin"), Line.of(card.pinyin()), INDENT, lw, w));
        }
        if (card.abbr() != null) {
            out.addAll(Layout.labeled(msg.get("card.abbr"), Line.of(card.abbr()), INDENT, lw, w));
        }
        if (q.definitionShown() != null) {
            out.addAll(Layout.labeled(msg.get("card.definition"), Line.of(q.definitionShown()), INDENT, lw, w));
        }
        if (q.definitionSource() != null) {
            out.addAll(Layout.labeled(msg.get("card.definitionFrom"),
                    Line.of(msg.definitionSource(q.definitionSource().code()), Style.MUTED), INDENT, lw, w));
        }
        if (q.contextShown() != null) {
            out.addAll(Layout.labeled(msg.get("card.source"), Layout.highlight(q.contextShown()), INDENT, lw, w));
        }
        if (card.edited() || card.stale()) {
            String flags = (card.edited() ? "✎ " + msg.get("card.edited") : "")
                    + (card.edited() && card.stale() ? " · " : "") + (card.stale() ? msg.get("card.stale") : "");
            out.add(Line.of(DisplayWidth.pad("", lw) + flags, Style.MUTED).indent(INDENT));
        }
        return out;
    }

    private static Line gradeBar(CardPage p, Messages msg) {
        Line bar = Line.of("  ");
        Grade proposed = p.proposed();
        for (Grade g : Grade.values()) {
            String label = g.value() + " " + msg.grade(g);
            boolean mark = g == proposed;
            bar = bar.plus(mark ? "▶" : " ", Style.ACCENT)
                    .plus(label, mark ? Style.SELECTED : gradeStyle(g))
                    .plus(mark ? "◀ " : "  ", Style.ACCENT);
        }
        String why = p.hasProposal() ? msg.get("tui.card.proposed", msg.grade(proposed))
                : msg.get("tui.card.enterGood", msg.grade(proposed));
        return bar.plus(" " + why, Style.MUTED);
    }

    private static Style gradeStyle(Grade g) {
        return switch (g) {
            case AGAIN -> Style.BAD;
            case HARD -> Style.CLOSE;
            case GOOD -> Style.GOOD;
            case EASY -> Style.ACCENT;
        };
    }

    private static List<Hint> hints(CardPage p, Messages msg) {
        List<Hint> h = new ArrayList<>();
        Question q = p.question();
        if (p.inField()) {
            h.add(new Hint("Enter", msg.get("tui.hint.check")));
            h.add(new Hint("Esc", msg.get("tui.hint.moreKeys")));
            return h;
        }
        if (p.stage() == CardPage.Stage.ASK) {
            if (q.mode() == Mode.CHOICE) {
                h.add(new Hint("a-" + (char) ('a' + q.choices().size() - 1), msg.get("tui.hint.choose")));
            } else if (q.typed()) {
                h.add(new Hint("Enter", msg.get("tui.hint.type")));
            }
            h.add(new Hint("Space", msg.get("tui.hint.reveal")));
        } else {
            h.add(new Hint("1-4", msg.get("tui.hint.grade")));
        }
        h.add(new Hint("u", msg.get("tui.hint.undo")));
        h.add(new Hint("e", msg.get("tui.hint.edit")));
        h.add(new Hint("Esc", msg.get("tui.hint.end")));
        h.add(new Hint("q", msg.get("tui.hint.quit")));
        // The card actions come last: what does not fit the footer is on the help screen.
        h.add(new Hint("!", msg.get("tui.hint.suspend")));
        h.add(new Hint("-", msg.get("tui.hint.bury")));
        h.add(new Hint("D", msg.get("tui.hint.delete")));
        return h;
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
