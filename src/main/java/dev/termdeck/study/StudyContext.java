package dev.termdeck.study;

import dev.termdeck.core.Lang;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.settings.Setting;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.study.settings.SettingsFile;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link StudyView} is given.
 *
 * @param study        the decks, progress and sessions
 * @param options      the session options for this run (settings overridden by the command line)
 * @param uiLang       the UI language for this run
 * @param settings     the saved settings (defaults on the first run)
 * @param settingsFile where to save changed settings
 * @param firstRun     whether there were no saved settings (a full-screen UI shows its welcome)
 * @param given        the settings the command line gave for this run ({@code --lang}, {@code --direction}, ...),
 *                     which a welcome does not ask again
 * @param color        whether the view may use colours ({@code NO_COLOR} and {@code --no-color} say no)
 */
public record StudyContext(Study study, SessionOptions options, Lang uiLang, Settings settings,
        SettingsFile settingsFile, boolean firstRun, Set<Setting> given, boolean color) {
    public StudyContext {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(uiLang, "uiLang");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(settingsFile, "settingsFile");
        given = Set.copyOf(given);
    }

    /** A context with nothing given on the command line, in colour. */
    public StudyContext(Study study, SessionOptions options, Lang uiLang, Settings settings,
            SettingsFile settingsFile, boolean firstRun) {
        this(study, options, uiLang, settings, settingsFile, firstRun, Set.of(), true);
    }
}
