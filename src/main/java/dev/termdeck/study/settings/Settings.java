package dev.termdeck.study.settings;

import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.FsrsParameters;
import java.util.Objects;

/**
 * The learner's saved choices. Immutable; change with the {@code withX} methods.
 *
 * @param uiLang           the UI language, or {@code null} to follow the system locale
 * @param direction        the direction to study in
 * @param mode             the answer mode
 * @param newPerDay        new cards a day
 * @param reviewsPerDay    reviews a day
 * @param desiredRetention the probability of recall FSRS schedules for, from 0.70 to 0.99
 */
public record Settings(Lang uiLang, Direction direction, Mode mode, int newPerDay, int reviewsPerDay,
        double desiredRetention) {

    /** The lowest and highest desired retention accepted. */
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;

    public Settings {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mode, "mode");
        if (newPerDay < 0 || reviewsPerDay < 0) {
            throw new IllegalArgumentException("daily limits must not be negative");
        }
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be between " + MIN_RETENTION + " and "
                    + MAX_RETENTION + ", was " + desiredRetention);
        }
    }

    /** Follow the locale, English to Chinese, flip, 20 new and 200 reviews a day, retention 0.9. */
    public static Settings defaults() {
        return new Settings(null, Direction.EN_ZH, Mode.FLIP, SessionOptions.DEFAULT_NEW,
                SessionOptions.DEFAULT_REVIEWS, FsrsParameters.DEFAULT_RETENTION);
    }

    public Settings withUiLang(Lang v) {
        return new Settings(v, direction, mode, newPerDay, reviewsPerDay, desiredRetention);
    }

    public Settings withDirection(Direction v) {
        return new Settings(uiLang, v, mode, newPerDay, reviewsPerDay, desiredRetention);
    }

    public Settings withMode(Mode v) {
        return new Settings(uiLang, direction, v, newPerDay, reviewsPerDay, desiredRetention);
    }

    public Settings withLimits(int newCards, int reviews) {
        return new Settings(uiLang, direction, mode, newCards, reviews, desiredRetention);
    }

    public Settings withDesiredRetention(double v) {
        return new Settings(uiLang, direction, mode, newPerDay, reviewsPerDay, v);
    }

    /** A copy with the value of {@code setting} taken from {@code from}. */
    public Settings withValueOf(Setting setting, Settings from) {
        return switch (setting) {
            case UI_LANG -> withUiLang(from.uiLang());
            case DIRECTION -> withDirection(from.direction());
            case MODE -> withMode(from.mode());
            case NEW_PER_DAY -> withLimits(from.newPerDay(), reviewsPerDay);
            case REVIEWS_PER_DAY -> withLimits(newPerDay, from.reviewsPerDay());
            case RETENTION -> withDesiredRetention(from.desiredRetention());
        };
    }

    /** Whether {@code other} has the same value of {@code setting}. */
    public boolean sameValueOf(Setting setting, Settings other) {
        return withValueOf(setting, other).equals(this);
    }
}
