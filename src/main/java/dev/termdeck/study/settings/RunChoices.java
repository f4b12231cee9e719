package dev.termdeck.study.settings;

import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;

/**
 * The rule between saved settings and the choices made for one run (on the command line), written once: a choice
 * made for the run wins over its setting, and stays in force until the learner changes that setting during the run;
 * what was not chosen follows the settings. Immutable.
 *
 * @param direction     the direction chosen for this run, or {@code null} to follow the settings
 * @param mode          the mode chosen, or {@code null}
 * @param newPerDay     the new cards a day chosen, or {@code null}
 * @param reviewsPerDay the reviews a day chosen, or {@code null}
 */
public record RunChoices(Direction direction, Mode mode, Integer newPerDay, Integer reviewsPerDay) {
    /** No choice made: everything follows the settings. */
    public static final RunChoices NONE = new RunChoices(null, null, null, null);

    public RunChoices {
        if (newPerDay != null && newPerDay < 0 || reviewsPerDay != null && reviewsPerDay < 0) {
            throw new IllegalArgumentException("daily limits must not be negative");
        }
    }

    /** The session options of {@code settings} with these choices over them. */
    public SessionOptions over(Settings settings) {
        return new SessionOptions(
                direction != null ? direction : settings.direction(),
                mode != null ? mode : settings.mode(),
                newPerDay != null ? newPerDay : settings.newPerDay(),
                reviewsPerDay != null ? reviewsPerDay : settings.reviewsPerDay());
    }

    /** These choices once the learner changed the settings from {@code before} to {@code after}. */
    public RunChoices afterChange(Settings before, Settings after) {
        return new RunChoices(
                before.direction() != after.direction() ? null : direction,
                before.mode() != after.mode() ? null : mode,
                before.newPerDay() != after.newPerDay() ? null : newPerDay,
                before.reviewsPerDay() != after.reviewsPerDay() ? null : reviewsPerDay);
    }
}
