package dev.termdeck.tui;

import dev.termdeck.core.Lang;
import dev.termdeck.study.settings.RunChoices;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.settings.Setting;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.study.settings.SettingsFile;
import dev.termdeck.ui.Messages;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The settings in force while the UI runs: the saved settings, the choices made for this run over them
 * ({@link RunChoices}), and the UI language with its messages. A change is saved to the settings file before it is
 * applied. Not thread-safe: the UI thread owns it.
 */
final class LiveSettings {
    /**
     * What applying changed settings changed.
     *
     * @param retention whether the desired retention changed
     * @param options   whether the session options in force changed
     */
    record Change(boolean retention, boolean options) {
    }

    private final SettingsFile file;
    private Settings saved;
    private RunChoices choices;
    private Messages msg;

    LiveSettings(Settings saved, RunChoices choices, Lang uiLang, SettingsFile file) {
        this.saved = Objects.requireNonNull(saved, "saved");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.msg = Messages.of(uiLang);
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The saved settings. */
    Settings saved() {
        return saved;
    }

    /** The session options in force: the settings with the choices made for this run over them. */
    SessionOptions options() {
        return choices.over(saved);
    }

    /** The UI strings in the language in force. */
    Messages msg() {
        return msg;
    }

    /** The UI language in force. */
    Lang lang() {
        return msg.lang();
    }

    /** Shows the UI in {@code lang} without saving it (the welcome, before its last answer). */
    void preview(Lang lang) {
        msg = Messages.of(lang);
    }

    /** Where the settings are saved, for the settings screen. */
    String fileName() {
        return file.file().toString();
    }

    /**
     * The settings in force in this run, as a settings screen shows them: the saved ones with the session's options
     * and, when the run chose it, its UI language.
     */
    Settings running() {
        SessionOptions o = options();
        Settings s = saved.withDirection(o.direction()).withMode(o.mode()).withLimits(o.newPerDay(), o.reviewsPerDay());
        return choices.uiLang() != null ? s.withUiLang(msg.lang()) : s;
    }

    /** The settings this run chose (on the command line) and the learner has not changed since. */
    Set<Setting> chosen() {
        return choices.chosen();
    }

    /**
     * Saves the settings a person changed ({@code changed}, with their values in {@code draft}), then applies them:
     * the UI language at once; the run's choices stay in force unless their setting changed. Settings not changed
     * keep their saved values in the file.
     *
     * @throws IOException when the settings cannot be saved; nothing changes then
     */
    Change apply(Settings draft, Set<Setting> changed) throws IOException {
        Settings next = saved;
        for (Setting s : changed) {
            next = next.withValueOf(s, draft);
        }
        SessionOptions before = options();
        file.save(next);
        Settings prev = saved;
        saved = next;
        if (changed.contains(Setting.UI_LANG)) {
            msg = Messages.of(Messages.chooseLang(null, next.uiLang(), Locale.getDefault()));
        }
        choices = choices.without(changed);
        return new Change(prev.desiredRetention() != next.desiredRetention(), !options().equals(before));
    }
}
