package dev.termdeck.study.settings;

import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rule between saved settings and the choices made for one run (on the command line), written once: a choice
 * made for the run wins over its setting, and stays in force until the learner changes that setting during the run;
 * what was not chosen follows the settings. A first-run welcome asks nothing the run chose. Immutable.
 *
 * @param uiLang        the UI language chosen for this run, or {@code null} to follow the settings
 * @param direction     the direction chosen for this run, or {@code null} to follow the settings
 * @param mode          the mode chosen, or {@code null}
 * @param newPerDay     the new cards a day chosen, or {@code null}
 * @param reviewsPerDay the reviews a day chosen, or {@code null}
 * @param tag           study only the cards with this tag, or {@code null} for every card (not a setting)
 */
public record RunChoices(Lang uiLang, Direction direction, Mode mode, Integer newPerDay, Integer reviewsPerDay,
        String tag) {
    /** No choice made: everything follows the settings. */
    public static final RunChoices NONE = new RunChoices(null, null, null, null, null, null);

    public RunChoices {
        if (newPerDay != null && newPerDay < 0 || reviewsPerDay != null && reviewsPerDay < 0) {
            throw new IllegalArgumentException("daily limits must not be negative");
        }
        tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    /** Choices of the session options only (no language, no tag). */
    public RunChoices(Direction direction, Mode mode, Integer newPerDay, Integer reviewsPerDay) {
        this(null, direction, mode, newPerDay, reviewsPerDay, null);
    }

    /** The session options of {@code settings} with these choices over them. */
    public SessionOptions over(Settings settings) {
        return new SessionOptions(
                direction != null ? direction : settings.direction(),
                mode != null ? mode : settings.mode(),
                newPerDay != null ? newPerDay : settings.newPerDay(),
                reviewsPerDay != null ? reviewsPerDay : settings.reviewsPerDay(),
                tag);
    }

    /** These choices once the learner changed the settings from {@code before} to {@code after}. */
    public RunChoices afterChange(Settings before, Settings after) {
        Set<Setting> changed = EnumSet.noneOf(Setting.class);
        for (Setting s : Setting.values()) {
            if (!before.sameValueOf(s, after)) {
                changed.add(s);
            }
        }
        return without(changed);
    }

    /** These choices without those of the {@code changed} settings (the learner set them during the run). */
    public RunChoices without(Set<Setting> changed) {
        return new RunChoices(
                changed.contains(Setting.UI_LANG) ? null : uiLang,
                changed.contains(Setting.DIRECTION) ? null : direction,
                changed.contains(Setting.MODE) ? null : mode,
                changed.contains(Setting.NEW_PER_DAY) ? null : newPerDay,
                changed.contains(Setting.REVIEWS_PER_DAY) ? null : reviewsPerDay,
                tag);
    }

    /** The settings this run chose (which a first-run welcome does not ask again). */
    public Set<Setting> chosen() {
        Set<Setting> out = EnumSet.noneOf(Setting.class);
        if (uiLang != null) {
            out.add(Setting.UI_LANG);
        }
        if (direction != null) {
            out.add(Setting.DIRECTION);
        }
        if (mode != null) {
            out.add(Setting.MODE);
        }
        if (newPerDay != null) {
            out.add(Setting.NEW_PER_DAY);
        }
        if (reviewsPerDay != null) {
            out.add(Setting.REVIEWS_PER_DAY);
        }
        return out;
    }
}
