package dev.termdeck.study;

import dev.termdeck.core.Lang;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.study.settings.SettingsFile;
import java.util.Objects;

/**
 * What a {@link StudyView} is given.
 *
 * @param study        the decks, progress and sessions
 * @param options      the session options for this run (settings overridden by the command line)
 * @param uiLang       the UI language for this run
 * @param settings     the saved settings (defaults on the first run)
 * @param settingsFile where to save changed settings
 * @param firstRun     whether there were no saved settings (a full-screen UI shows its welcome)
 */
public record StudyContext(Study study, SessionOptions options, Lang uiLang, Settings settings,
        SettingsFile settingsFile, boolean firstRun) {
    public StudyContext {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(uiLang, "uiLang");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(settingsFile, "settingsFile");
    }
}
