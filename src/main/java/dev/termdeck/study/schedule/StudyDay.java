package dev.termdeck.study.schedule;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Study days: a day starts at 04:00 local time (as in Anki), so that studying after midnight still counts for the
 * evening before. Daily limits count from the start of the study day, and review cards due before its end are due
 * today. Immutable and thread-safe.
 *
 * @param zone the learner's time zone
 */
public record StudyDay(ZoneId zone) {
    /** When a study day begins, local time. */
    public static final LocalTime ROLLOVER = LocalTime.of(4, 0);

    /** The start of the study day that contains {@code t}. */
    public Instant start(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        ZonedDateTime start = local.toLocalDate().atTime(ROLLOVER).atZone(zone);
        if (local.isBefore(start)) {
            start = local.toLocalDate().minusDays(1).atTime(ROLLOVER).atZone(zone);
        }
        return start.toInstant();
    }

    /** The end (exclusive) of the study day that contains {@code t}. */
    public Instant end(Instant t) {
        return start(t).atZone(zone).plusDays(1).toInstant();
    }

    /** How many study days {@code later} is after {@code t} (0 the same day, negative before it). */
    public long daysBetween(Instant t, Instant later) {
        return java.time.temporal.ChronoUnit.DAYS.between(start(t).atZone(zone).toLocalDate(),
                start(later).atZone(zone).toLocalDate());
    }
}
