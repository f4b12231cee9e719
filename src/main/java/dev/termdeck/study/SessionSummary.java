package dev.termdeck.study;

import dev.termdeck.study.schedule.Grade;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a session did, for the end-of-session screen.
 *
 * @param answered     answers given (an undone answer does not count)
 * @param cards        distinct cards answered
 * @param newCards     cards seen for the first time
 * @param grades       answers per grade
 * @param timeMs       time spent answering, in milliseconds
 * @param learningLeft cards still in their learning steps, due again later today
 * @param nextDue      when the next of those is due, or {@code null}
 * @param unseen       due or new cards not reached (the session was left early)
 */
public record SessionSummary(int answered, int cards, int newCards, Map<Grade, Integer> grades, long timeMs,
        int learningLeft, Instant nextDue, int unseen) {

    public SessionSummary {
        EnumMap<Grade, Integer> copy = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            copy.put(g, grades.getOrDefault(g, 0));
        }
        grades = Map.copyOf(copy);
    }

    /** Answers graded Hard, Good or Easy, as a fraction of all answers (0 when none). */
    public double recalledFraction() {
        return answered == 0 ? 0 : (double) (answered - grades.get(Grade.AGAIN)) / answered;
    }
}
