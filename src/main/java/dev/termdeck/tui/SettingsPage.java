package dev.termdeck.tui;

import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.settings.Setting;
import dev.termdeck.study.settings.Settings;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The settings screen's behaviour: the settings in force in this run (the saved ones, or what the command line gave),
 * one row a setting; Up/Down select, Left/Right change the value (Page Up/Down by ten steps); Enter or Esc save the
 * settings changed here (atomically, through the core's settings file; the others keep their saved values) and go
 * back, where the {@link TuiState} applies them. The UI language applies at once. Drawing is {@link SettingsPainter}'s.
 * Not thread-safe.
 */
final class SettingsPage implements Page {
    /** The UI language choices: follow the system, English, Chinese. */
    private static final List<Lang> LANGS = Arrays.asList(null, Lang.EN, Lang.ZH);

    private final TuiState state;
    private Settings shown;
    private Settings draft;
    private int cursor;

    SettingsPage(TuiState state) {
        this.state = state;
        this.shown = state.settings().running();
        this.draft = shown;
    }

    Settings draft() {
        return draft;
    }

    Setting selected() {
        return Setting.values()[cursor];
    }

    /** The settings changed on this screen (and not applied yet). */
    Set<Setting> changed() {
        Set<Setting> out = EnumSet.noneOf(Setting.class);
        for (Setting s : Setting.values()) {
            if (!draft.sameValueOf(s, shown)) {
                out.add(s);
            }
        }
        return out;
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
            cursor = Math.min(Setting.values().length - 1, cursor + 1);
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
            Set<Setting> changed = changed();
            if (!changed.isEmpty()) {
                state.applySettings(draft, changed);
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
        if (selected() == Setting.UI_LANG) {
            // The language changes at once, so that a learner who cannot read the current one sees theirs.
            state.pages().back();
            state.applySettings(draft, EnumSet.of(Setting.UI_LANG));
            shown = shown.withUiLang(draft.uiLang());
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
