package dev.termdeck.plain;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.study.SessionProgress;
import dev.termdeck.study.SessionSummary;
import dev.termdeck.study.answer.AnswerCheck;
import dev.termdeck.study.answer.DiffSegment;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Excerpt;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.question.Span;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.ui.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text of the plain view: questions, answers, diffs and the summary, as lines. No colour and no layout, so that
 * pipes, scripts and screen readers get plain sentences. Stateless apart from its messages and zone.
 */
final class PlainFormat {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages msg;
    private final ZoneId zone;

    PlainFormat(Messages msg, ZoneId zone) {
        this.msg = msg;
        this.zone = zone;
    }

    /**
     * The question: a line with what is left of the session, as Anki counts it (new, learning and review cards to
     * come, this one included), the deck and the card's phase (and a flag); the prompt, hint and options.
     */
    List<String> question(Question q, SessionProgress p, boolean flagged) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(msg.get("plain.position", p.newLeft(), p.learning(), p.review(), q.key().deck(),
                msg.phase(q.phase())) + (flagged ? " · " + msg.get("card.flagged") : ""));
        lines.add(q.prompt());
        if (q.hint() != null) {
            lines.add(msg.get("card.hint") + ": " + q.hint());
        }
        for (int i = 0; i < q.choices().size(); i++) {
            lines.add((char) ('a' + i) + ") " + q.choices().get(i));
        }
        return lines;
    }

    /** The answer, with the check of what was typed (if anything) and what else the card says. */
    List<String> answer(Question q, AnswerCheck check, String typed) {
        List<String> lines = new ArrayList<>();
        if (check != null) {
            lines.add(msg.verdict(check.verdict()) + ": " + q.answer()
                    + (check.pinyin() ? " (" + msg.get("card.byPinyin") + ")" : ""));
            if (check.verdict() != AnswerCheck.Verdict.CORRECT && q.mode() == Mode.CHOICE) {
                lines.add(msg.get("card.chosen") + ": " + check.typed());
            } else if (check.verdict() != AnswerCheck.Verdict.CORRECT) {
                lines.add(msg.get("card.typed") + ": " + check.typed());
                if (!check.diff().isEmpty()) {
                    lines.add(msg.get("card.diff") + ": " + diff(check.diff()));
                }
            }
        } else {
            lines.add(msg.get("card.answer") + ": " + q.answer());
            if (typed != null && !typed.isBlank()) {
                lines.add(msg.get("card.typed") + ": " + typed.strip());
            }
        }
        Card c = q.card();
        List<String> also = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        shown.add(q.answer().toLowerCase(Locale.ROOT));
        for (String alias : c.aliases().get(q.answerLang())) {
            if (!shown.add(alias.toLowerCase(Locale.ROOT))) {
                continue;
            }
            also.add(c.corpusRenderings().contains(alias) ? alias + " (" + msg.get("card.corpusRendering") + ")"
                    : alias);
        }
        if (q.direction() != Direction.TERM_DEF && !also.isEmpty()) {
            lines.add(msg.get("card.aliases") + ": " + String.join(", ", also));
        }
        if (c.pinyin() != null && c.term().zh() != null) {
            lines.add(msg.get("card.pinyin") + ": " + c.term().zh() + " " + c.pinyin());
        }
        if (c.abbr() != null) {
            lines.add(msg.get("card.abbr") + ": " + c.abbr());
        }
        if (q.definitionShown() != null) {
            lines.add(msg.get("card.definition") + ": " + q.definitionShown());
        }
        if (q.definitionSource() != null) {
            lines.add(msg.get("card.definitionFrom") + ": " + msg.definitionSource(q.definitionSource().code()));
        }
        if (q.contextShown() != null) {
            lines.add(msg.get("card.source") + ": " + highlight(q.contextShown()));
        }
        return lines;
    }

    /** The grade prompt, naming the proposed grade if there is one. */
    String gradePrompt(Grade proposed) {
        return proposed == null ? msg.get("plain.askGrade")
                : msg.get("plain.askGradeProposed", proposed.value() + " " + msg.grade(proposed));
    }

    /** The end-of-session lines, at {@code now}. */
    List<String> summary(SessionSummary s, Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(msg.get("session.done"));
        if (s.answered() > 0) {
            lines.add(msg.get("session.summary", s.answered(), s.cards(), s.newCards(), msg.duration(s.timeMs())));
            lines.add(msg.get("session.grades", s.grades().get(Grade.AGAIN), s.grades().get(Grade.HARD),
                    s.grades().get(Grade.GOOD), s.grades().get(Grade.EASY), msg.percent(s.recalledFraction())));
        }
        if (s.learningLeft() > 0 && s.nextDue() != null) {
            lines.add(s.nextDue().isAfter(now) ? msg.get("session.learningLeft", s.learningLeft(), time(s.nextDue()))
                    : msg.get("session.learningLeftNow", s.learningLeft()));
        }
        if (s.unseen() > 0) {
            lines.add(msg.get("session.unseen", s.unseen()));
        }
        if (msg.skipped(s.skipped()) != null) {
            lines.add(msg.skipped(s.skipped()));
        }
        return lines;
    }

    String time(Instant t) {
        return CLOCK.format(t.atZone(zone));
    }

    /** The diff as text: extra typed characters as {@code [-x-]}, missing ones as <code>{+y+}</code>. */
    static String diff(List<DiffSegment> segments) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segments) {
            switch (s.kind()) {
                case SAME -> sb.append(s.text());
                case EXTRA -> sb.append("[-").append(s.text()).append("-]");
                case MISSING -> sb.append("{+").append(s.text()).append("+}");
                default -> throw new IllegalStateException("unknown diff segment " + s.kind());
            }
        }
        return sb.toString();
    }

    /** The sentence with the term in brackets. */
    static String highlight(Excerpt e) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (Span s : e.highlights()) {
            sb.append(e.text(), last, s.start()).append('[').append(e.text(), s.start(), s.end()).append(']');
            last = s.end();
        }
        return sb.append(e.text().substring(last)).toString();
    }
}
