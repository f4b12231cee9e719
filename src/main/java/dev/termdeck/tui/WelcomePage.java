package dev.termdeck.tui;

import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import java.util.List;

/**
 * The first-run welcome's behaviour: asks the UI language, then the direction to practise (each choice by arrows
 * and Enter, or by its number), saves both as settings and starts the first session. The language shows at once in
 * the second question. Drawing is {@link WelcomePainter}'s. Not thread-safe.
 */
final class WelcomePage implements Page {
    /** The two questions. */
    enum Step {
        LANG,
        DIRECTION
    }

    static final List<Lang> LANGS = List.of(Lang.EN, Lang.ZH);

    private final TuiState state;
    private Step step = Step.LANG;
    private int cursor;
    private Lang lang;

    WelcomePage(TuiState state) {
        this.state = state;
        this.cursor = LANGS.indexOf(state.settings().lang());
    }

    Step step() {
        return step;
    }

    int cursor() {
        return cursor;
    }

    /** The options of the current question: languages or directions. */
    int optionCount() {
        return step == Step.LANG ? LANGS.size() : Direction.values().length;
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
            next();
        } else if (k.is(Key.Kind.ENTER) || k.is(' ')) {
            next();
        } else if (k.is(Key.Kind.ESCAPE) && step == Step.DIRECTION) {
            step = Step.LANG;
            cursor = LANGS.indexOf(lang);
        } else if (k.is('?')) {
            state.pages().open(new HelpPage(state, helpTopic()));
        } else if (k.is('q')) {
            state.pages().quit();
        }
    }

    private void next() {
        if (step == Step.LANG) {
            lang = LANGS.get(cursor);
            state.settings().preview(lang);
            step = Step.DIRECTION;
            cursor = List.of(Direction.values()).indexOf(state.settings().saved().direction());
            return;
        }
        Direction d = Direction.values()[cursor];
        state.applySettings(state.settings().saved().withUiLang(lang).withDirection(d));
        state.startSession(state.allDecks());
    }

    @Override
    public void paint(Canvas c) {
        WelcomePainter.paint(this, state, c);
    }
}
