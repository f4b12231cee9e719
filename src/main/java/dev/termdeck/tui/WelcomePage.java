package dev.termdeck.tui;

import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.settings.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * The first-run welcome's behaviour: asks the UI language (in both languages, since the learner may read only one),
 * then the direction to practise, leaving out a question the command line answered ({@code --lang},
 * {@code --direction}); saves both as settings and starts the first session. An option is selected by the arrows or
 * by its number, and Enter moves on, as the key bar says (a number alone never moves on, so that the Enter that
 * follows it does not reach the first card). The language shows at once in the second question. Drawing is
 * {@link WelcomePainter}'s. Not thread-safe.
 */
final class WelcomePage implements Page {
    /** The questions. */
    enum Step {
        LANG,
        DIRECTION
    }

    static final List<Lang> LANGS = List.of(Lang.EN, Lang.ZH);

    private final TuiState state;
    private final List<Step> steps = new ArrayList<>();
    private int at;
    private int cursor;
    private Lang lang;
    private Direction direction;

    WelcomePage(TuiState state) {
        this.state = state;
        boolean langGiven = state.settings().chosen().contains(Setting.UI_LANG);
        boolean directionGiven = state.settings().chosen().contains(Setting.DIRECTION);
        lang = langGiven ? state.settings().lang() : null;
        direction = directionGiven ? state.settings().options().direction() : null;
        if (!langGiven) {
            steps.add(Step.LANG);
        }
        if (!directionGiven) {
            steps.add(Step.DIRECTION);
        }
        enter();
    }

    /** Whether the welcome has anything to ask (the command line may have answered it all). */
    boolean asks() {
        return !steps.isEmpty();
    }

    Step step() {
        return steps.get(at);
    }

    /** The number of the current question (from 1) and how many there are. */
    int number() {
        return at + 1;
    }

    int count() {
        return steps.size();
    }

    int cursor() {
        return cursor;
    }

    /** The options of the current question: languages or directions. */
    int optionCount() {
        return step() == Step.LANG ? LANGS.size() : Direction.values().length;
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return HelpPage.Topic.WELCOME;
    }

    @Override
    public void handle(Key k) {
        int n = optionCount();
        if (k.is(Key.Kind.UP) || k.is('k')) {
            cursor = Math.floorMod(cursor - 1, n);
        } else if (k.is(Key.Kind.DOWN) || k.is('j') || k.is(Key.Kind.TAB)) {
            cursor = Math.floorMod(cursor + 1, n);
        } else if (k.kind() == Key.Kind.CHAR && !k.ctrl() && k.ch() >= '1' && k.ch() < '1' + n) {
            cursor = k.ch() - '1';
        } else if (k.is(Key.Kind.ENTER) || k.is(' ')) {
            next();
        } else if (k.is(Key.Kind.ESCAPE) && at > 0) {
            at--;
            enter();
        } else if (k.is('?')) {
            state.pages().open(new HelpPage(state, helpTopic()));
        } else if (k.is('q')) {
            state.pages().quit();
        }
    }

    /** Puts the cursor on the current answer of the question now asked. */
    private void enter() {
        if (!asks()) {
            return;
        }
        cursor = step() == Step.LANG ? LANGS.indexOf(lang != null ? lang : state.settings().lang())
                : List.of(Direction.values()).indexOf(direction != null ? direction : state.settings().saved().direction());
    }

    private void next() {
        if (step() == Step.LANG) {
            lang = LANGS.get(cursor);
            state.settings().preview(lang);
        } else {
            direction = Direction.values()[cursor];
        }
        if (at + 1 < steps.size()) {
            at++;
            enter();
        } else {
            finish();
        }
    }

    /** Saves the answers (and those the command line gave) and starts the first session. */
    void finish() {
        Lang l = lang != null ? lang : state.settings().lang();
        Direction d = direction != null ? direction : state.settings().options().direction();
        state.applySettings(state.settings().saved().withUiLang(l).withDirection(d),
                java.util.EnumSet.of(Setting.UI_LANG, Setting.DIRECTION));
        state.startSession(state.allDecks());
    }

    @Override
    public void paint(Canvas c) {
        WelcomePainter.paint(this, state, c);
    }
}
