package dev.termdeck.study.settings;

/**
 * One of the learner's settings ({@link Settings}): the rows of a settings screen, and what a command line can give
 * for one run.
 */
public enum Setting {
    UI_LANG,
    DIRECTION,
    MODE,
    NEW_PER_DAY,
    REVIEWS_PER_DAY,
    RETENTION
}
