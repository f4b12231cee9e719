package dev.termdeck.study;

import dev.termdeck.core.Lang;
import dev.termdeck.study.settings.RunChoices;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.study.settings.SettingsFile;
import java.util.Objects;

/**
 * One run of a study view: what the command hands to a {@link StudyView}. The {@link Library} it studies from, and
 * how: the saved settings with the choices made for this run over them ({@link RunChoices}).
 *
 * @param library      the loaded decks with their progress (sessions, overview, statistics, search, edits)
 * @param choices      the choices made for this run (on the command line), over the settings
 * @param uiLang       the UI language for this run
 * @param settings     the saved settings (defaults on the first run)
 * @param settingsFile where to save changed settings
 * @param firstRun     whether there were no saved settings (a full-screen UI shows its welcome)
 * @param color        whether the view may use colours ({@code NO_COLOR} and {@code --no-color} say no)
 */
public record StudyRun(Library library, RunChoices choices, Lang uiLang, Settings settings,
        SettingsFile settingsFile, boolean firstRun, boolean color) {
    public StudyRun {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(uiLang, "uiLang");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(settingsFile, "settingsFile");
    }

    /** A run in colour. */
    public StudyRun(Library library, RunChoices choices, Lang uiLang, Settings settings, SettingsFile settingsFile,
            boolean firstRun) {
        this(library, choices, uiLang, settings, settingsFile, firstRun, true);
    }

    /** The session options of this run: the settings with the run's choices over them. */
    public SessionOptions options() {
        return choices.over(settings);
    }
}
