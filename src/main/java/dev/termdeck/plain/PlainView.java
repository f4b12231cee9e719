package dev.termdeck.plain;

import dev.termdeck.core.TerminalWriter;
import dev.termdeck.study.LoadedDeck;
import dev.termdeck.study.StudyRun;
import dev.termdeck.study.StudySession;
import dev.termdeck.study.StudyView;
import dev.termdeck.study.answer.AnswerCheck;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.store.Review;
import dev.termdeck.ui.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The line-by-line study view, for pipes, scripts and screen readers. For each card it prints the question, reads a
 * line (a typed answer, or empty to reveal), prints the answer, reads a grade ({@code 1}-{@code 4} or
 * {@code again}/{@code hard}/{@code good}/{@code easy}; empty accepts a proposed grade), and once the answer is
 * committed prints exactly one line {@code saved <card id> <grade>}. At either prompt, the commands of
 * {@link PlainCommands} act on the card ({@code :suspend}, {@code :bury}, {@code :flag}, {@code :delete}, {@code :add},
 * {@code :undo}) or end ({@code :quit}). End of input ends the session cleanly (an ungraded card is not saved).
 *
 * <p>Not thread-safe; one instance runs one session.
 */
public final class PlainView implements StudyView {
    private final BufferedReader in;
    private final PrintWriter out;

    /** A view reading lines from {@code in} and writing to {@code out}. */
    public PlainView(BufferedReader in, PrintWriter out) {
        this.in = in;
        // Card text, deck names and messages reach the terminal only through the sanitiser, one line each.
        this.out = TerminalWriter.of(out);
    }

    @Override
    public int run(StudyRun studyRun) throws IOException {
        Messages msg = Messages.of(studyRun.uiLang());
        PlainFormat fmt = new PlainFormat(msg, studyRun.library().day().zone());
        StudySession session = studyRun.library().session(studyRun.options());
        if (session.current().isEmpty()) {
            out.println(msg.get("session.nothingDue"));
            out.flush();
            return 0;
        }
        String names = studyRun.library().decks().stream().map(LoadedDeck::name).collect(Collectors.joining(", "));
        out.println(msg.get("plain.header", names, session.progress().remaining(),
                msg.direction(studyRun.options().direction()), msg.mode(studyRun.options().mode())));
        if (msg.skipped(session.skipped()) != null) {
            out.println(msg.skipped(session.skipped()));
        }
        out.println(msg.get("plain.help"));
        PlainCommands commands = new PlainCommands(in, out, msg);
        while (true) {
            Optional<Question> current = session.current();
            if (current.isEmpty() || !ask(session, current.get(), msg, fmt, commands)) {
                break;
            }
        }
        print(fmt.summary(session.summary(), studyRun.library().now()));
        return 0;
    }

    /** Asks one question; false when the learner quits or the input ends. */
    private boolean ask(StudySession session, Question q, Messages msg, PlainFormat fmt, PlainCommands commands)
            throws IOException {
        print(fmt.question(q, session.progress(), session.currentMark().flagged()));
        String typed;
        AnswerCheck check = null;
        while (true) {
            out.println(q.mode() == Mode.CHOICE ? msg.get("plain.askChoice", (char) ('a' + q.choices().size() - 1))
                    : msg.get("plain.askAnswer"));
            out.flush();
            typed = in.readLine();
            if (typed == null) {
                return false;
            }
            PlainCommands.Outcome o = commands.handle(typed, session, q);
            if (o == PlainCommands.Outcome.QUIT) {
                return false;
            }
            if (o == PlainCommands.Outcome.MOVED) {
                return true;
            }
            if (o == PlainCommands.Outcome.STAY) {
                continue;
            }
            if (typed.isBlank()) {
                break;
            }
            if (q.mode() == Mode.CHOICE) {
                OptionalInt index = session.checker().choiceIndex(q, typed);
                if (index.isEmpty()) {
                    out.println(msg.get("plain.badChoice", (char) ('a' + q.choices().size() - 1)));
                    continue;
                }
                check = session.checker().checkChoice(q, index.getAsInt());
                typed = q.choices().get(index.getAsInt());
            } else if (q.checkable()) {
                check = session.check(typed);
            }
            break;
        }
        print(fmt.answer(q, check, typed));
        GradeLine read = readGrade(fmt, msg, check == null ? null : check.proposed(), session, q, commands);
        if (read.grade() == null) {
            return read.moved();
        }
        Grade grade = read.grade();
        // A failure to store the answer ends the session with one error line (printed by the command).
        Review r = session.answer(grade, typed);
        out.println("saved " + r.key().card() + " " + r.grade().code());
        out.flush();
        return true;
    }

    /**
     * What the grade prompt read: a grade; or none, because a command moved on to another card ({@code moved}) or
     * the learner quit or the input ended.
     */
    private record GradeLine(Grade grade, boolean moved) {
    }

    private GradeLine readGrade(PlainFormat fmt, Messages msg, Grade proposed, StudySession session, Question q,
            PlainCommands commands) throws IOException {
        while (true) {
            out.println(fmt.gradePrompt(proposed));
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return new GradeLine(null, false);
            }
            PlainCommands.Outcome o = commands.handle(line, session, q);
            if (o == PlainCommands.Outcome.QUIT || o == PlainCommands.Outcome.MOVED) {
                return new GradeLine(null, o == PlainCommands.Outcome.MOVED);
            }
            if (o == PlainCommands.Outcome.STAY) {
                continue;
            }
            if (line.isBlank() && proposed != null) {
                return new GradeLine(proposed, false);
            }
            Optional<Grade> g = Grade.parse(line);
            if (g.isPresent()) {
                return new GradeLine(g.get(), false);
            }
            out.println(msg.get("plain.badGrade"));
        }
    }

    private void print(List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }
}
