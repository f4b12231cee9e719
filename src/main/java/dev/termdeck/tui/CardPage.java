package dev.termdeck.tui;

import dev.termdeck.study.StudySession;
import dev.termdeck.study.answer.AnswerCheck;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.store.ProgressStoreException;
import java.util.Optional;

/**
 * The card screen's behaviour: asks the session's current question and turns keys into session calls. In every
 * mode the card is first asked ({@link Stage#ASK}): flip waits for Space; typed and cloze answers are edited in a
 * field (Enter checks, Esc leaves the field for one command key, and any other character goes back into the field, as
 * does coming back from another screen), so that a key a person types into an answer never acts as a command;
 * choice takes a-d or the arrows. Then the answer
 * shows ({@link Stage#ANSWER}) with the proposed grade, which Enter or Space accepts and 1-4 change; the answer is
 * committed before the next card is asked. {@code u} takes back the last answer. Drawing is {@link CardPainter}'s.
 * Not thread-safe.
 */
final class CardPage implements Page {
    /** Where the card is in its asking. */
    enum Stage {
        ASK,
        ANSWER
    }

    /** The keys that act on the card screen when they are not typed into an answer field. */
    private static final String COMMANDS = "e/so?qi " + CardCommands.KEYS;

    private final TuiState state;
    private final CardCommands commands;
    private final LineEditor input = new LineEditor();
    private Question question;
    private Stage stage;
    private boolean inField;
    private int choiceCursor;
    private int chosen;
    private AnswerCheck check;
    private String response;
    private boolean revealed;

    CardPage(TuiState state) {
        this.state = state;
        this.commands = new CardCommands(state);
        show(session().current().orElseThrow());
    }

    private StudySession session() {
        return state.session();
    }

    private void show(Question q) {
        question = q;
        stage = Stage.ASK;
        input.set("");
        inField = q.typed();
        choiceCursor = 0;
        chosen = -1;
        check = null;
        response = null;
        revealed = false;
    }

    Question question() {
        return question;
    }

    Stage stage() {
        return stage;
    }

    LineEditor input() {
        return input;
    }

    /** Whether keys go into the answer field (typed and cloze modes, until Esc). */
    boolean inField() {
        return inField && stage == Stage.ASK;
    }

    int choiceCursor() {
        return choiceCursor;
    }

    /** The option picked in choice mode, or -1. */
    int chosen() {
        return chosen;
    }

    /** The check of what was typed or picked, or {@code null} (revealed, or a typed definition). */
    AnswerCheck check() {
        return check;
    }

    /** What was typed or picked, or {@code null} when the answer was revealed. */
    String response() {
        return response;
    }

    /** Whether the answer was shown without an attempt (Space). */
    boolean revealed() {
        return revealed;
    }

    /** The grade Enter and Space give: the checked one, else Good. */
    Grade proposed() {
        return check != null ? check.proposed() : Grade.GOOD;
    }

    /** Whether a grade was proposed by checking an answer (rather than Good by default). */
    boolean hasProposal() {
        return check != null;
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return question.mode() == Mode.CHOICE ? HelpPage.Topic.CHOICE
                : question.typed() ? HelpPage.Topic.TYPING : HelpPage.Topic.STUDY;
    }

    @Override
    public void resumed() {
        // Back from settings, help, statistics or browse: the answer being typed gets the keys again.
        inField = question.typed();
    }

    @Override
    public void handle(Key k) {
        if (!inField() && stage == Stage.ASK && question.typed() && k.printable() && COMMANDS.indexOf(k.ch()) < 0) {
            inField = true;
        }
        if (inField()) {
            if (k.is(Key.Kind.ENTER)) {
                submit(input.text());
            } else if (k.is(Key.Kind.ESCAPE)) {
                inField = false;
            } else {
                input.handle(k);
            }
            return;
        }
        if (stage == Stage.ASK ? ask(k) : grade(k)) {
            return;
        }
        command(k);
    }

    private boolean ask(Key k) {
        if (question.mode() == Mode.CHOICE) {
            int n = question.choices().size();
            if (k.kind() == Key.Kind.CHAR && !k.ctrl() && k.ch() >= 'a' && k.ch() < 'a' + n) {
                choose(k.ch() - 'a');
                return true;
            }
            if (k.is(Key.Kind.UP) || k.is(Key.Kind.DOWN)) {
                choiceCursor = Math.floorMod(choiceCursor + (k.is(Key.Kind.UP) ? -1 : 1), n);
                return true;
            }
            if (k.is(Key.Kind.ENTER)) {
                choose(choiceCursor);
                return true;
            }
        }
        if (question.typed() && (k.is(Key.Kind.ENTER) || k.is('i'))) {
            inField = true;
            return true;
        }
        if (k.is(' ') || k.is(Key.Kind.ENTER) && question.mode() == Mode.FLIP) {
            revealed = true;
            stage = Stage.ANSWER;
            return true;
        }
        return false;
    }

    private void submit(String typed) {
        if (typed.isBlank()) {
            revealed = true;
        } else {
            response = typed.strip();
            check = question.checkable() ? session().check(typed) : null;
        }
        stage = Stage.ANSWER;
    }

    private void choose(int index) {
        chosen = index;
        choiceCursor = index;
        response = question.choices().get(index);
        check = session().checker().checkChoice(question, index);
        stage = Stage.ANSWER;
    }

    private boolean grade(Key k) {
        if (k.kind() == Key.Kind.CHAR && !k.ctrl() && k.ch() >= '1' && k.ch() <= '4') {
            answer(Grade.of(k.ch() - '0'));
            return true;
        }
        if (k.is(' ') || k.is(Key.Kind.ENTER)) {
            answer(proposed());
            return true;
        }
        return false;
    }

    private void answer(Grade g) {
        try {
            session().answer(g, response);
        } catch (ProgressStoreException e) {
            state.status().error(state.msg().storeProblem(e));
            return;
        }
        next();
    }

    private void next() {
        Optional<Question> q = session().current();
        if (q.isPresent()) {
            show(q.get());
        } else {
            state.showSummary();
        }
    }

    private void command(Key k) {
        if (commands.handle(k, question, this::next)) {
            return;
        }
        if (k.is('e')) {
            state.pages().open(new EditPage(state, question.key().deck(), question.card(), saved -> {
                session().replaceCard(question.key().deck(), saved);
                next();
            }));
        } else if (k.is('/')) {
            state.pages().open(new BrowsePage(state));
        } else if (k.is('s')) {
            state.pages().open(new StatsPage(state));
        } else if (k.is('o')) {
            state.pages().open(new SettingsPage(state));
        } else if (k.is('?')) {
            state.pages().open(new HelpPage(state, helpTopic()));
        } else if (k.is('q')) {
            state.pages().quit();
        } else if (k.is(Key.Kind.ESCAPE)) {
            state.showSummary();
        }
    }

    @Override
    public void paint(Canvas c) {
        CardPainter.paint(this, state, c);
    }
}
