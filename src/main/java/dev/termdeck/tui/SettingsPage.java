package dev.termdeck.tui;

import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.settings.Settings;
import java.util.Arrays;
import java.util.List;

/**
 * The settings screen's behaviour: a draft of the settings, one row a setting; Up/Down select, Left/Right change the
 * value (Page Up/Down by ten steps); Enter or Esc save the draft (atomically, through the core's settings file) and
 * go back, where the {@link TuiState} applies it. Drawing is {@link SettingsPainter}'s. Not thread-safe.
 */
final class SettingsPage implements Page {
    /** The rows, in order. */
    enum Row {
        UI_LANG, DIRECTION, MODE, NEW_PER_DAY, REVIEWS_PER_DAY, RETENTION
    }

    /** The UI language choices: follow the system, English, Chinese. */
    private static final List<Lang> LANGS = Arrays.asList(null, Lang.EN, Lang.ZH);

    private final TuiState state;
    private Settings draft;
    private int cursor;

    SettingsPage(TuiState state) {
        this.state = state;
        this.draft = state.settings().saved();
    }

    Settings draft() {
        return draft;
    }

    Row selected() {
        return Row.values()[cursor];
    }

    @Override
    public HelpPage.Topic helpTopic() {
        return HelpPage.Topic.SETTINGS;
    }

    @Override
    public void handle(Key k) {
        if (k.is(Key.Kind.UP) || k.is('k')) {
            cursor = Math.max(0, cursor - 1);
        } else if (k.is(Key.Kind.DOWN) || k.is('j') || k.is(Key.Kind.TAB)) {
            cursor = Math.min(Row.values().length - 1, cursor + 1);
        } else if (k.is(Key.Kind.LEFT) || k.is('h') || k.is('-')) {
            change(-1);
        } else if (k.is(Key.Kind.RIGHT) || k.is('l') || k.is('+') || k.is(' ')) {
            change(1);
        } else if (k.is(Key.Kind.PAGE_DOWN)) {
            change(-10);
        } else if (k.is(Key.Kind.PAGE_UP)) {
            change(10);
        } else if (k.is(Key.Kind.ENTER) || k.is(Key.Kind.ESCAPE) || k.is('q')) {
            state.pages().back();
            if (!draft.equals(state.settings().saved())) {
                state.applySettings(draft);
                if (state.status().text() == null) {
                    state.status().info(state.msg().get("settings.saved"));
                }
            }
        } else if (k.is('?')) {
            state.pages().open(new HelpPage(state, helpTopic()));
        }
    }

    private void change(int step) {
        int dir = Integer.signum(step);
        draft = switch (selected()) {
            case UI_LANG -> draft.withUiLang(cycle(LANGS, draft.uiLang(), dir));
            case DIRECTION -> draft.withDirection(cycle(List.of(Direction.values()), draft.direction(), dir));
            case MODE -> draft.withMode(cycle(List.of(Mode.values()), draft.mode(), dir));
            case NEW_PER_DAY -> draft.withLimits(clamp(draft.newPerDay() + step, 0, 9999), draft.reviewsPerDay());
            case REVIEWS_PER_DAY -> draft.withLimits(draft.newPerDay(),
                    clamp(draft.reviewsPerDay() + step * 10, 0, 99990));
            case RETENTION -> draft.withDesiredRetention(Math.max(Settings.MIN_RETENTION, Math.min(
                    Settings.MAX_RETENTION, Math.round(draft.desiredRetention() * 100 + step) / 100.0)));
        };
        if (selected() == Row.UI_LANG) {
            // The language changes at once, so that a learner who cannot read the current one sees theirs.
            state.pages().back();
            state.applySettings(draft);
            state.pages().open(this);
        }
    }

    private static <T> T cycle(List<T> values, T current, int dir) {
        int i = values.indexOf(current);
        return values.get(Math.floorMod(i + dir, values.size()));
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    @Override
    public void paint(Canvas c) {
        SettingsPainter.paint(this, state, c);
    }
}
