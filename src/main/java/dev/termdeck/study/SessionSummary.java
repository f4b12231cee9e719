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
 * @param skipped      cards of the decks that cannot be asked in the session's direction and mode (term →
 *                     definition skips the cards without a definition), and why
 */
public record SessionSummary(int answered, int cards, int newCards, Map<Grade, Integer> grades, long timeMs,
        int learningLeft, Instant nextDue, int unseen, Skipped skipped) {

    /** Why cards were left out of a session. */
    public enum SkipReason {
        /** Term → definition or definition → term: the card has no definition. */
        DEFINITION,
        /** English → Chinese, Chinese → English or mixed: the card lacks a term in both languages. */
        BILINGUAL,
        /** Cloze: no definition or source sentence holds the term to blank. */
        CLOZE
    }

    /** Cards left out of a session, and why; {@code count} 0 when none. */
    public record Skipped(int count, SkipReason reason) {
        public static final Skipped NONE = new Skipped(0, SkipReason.DEFINITION);
    }

    public SessionSummary {
        EnumMap<Grade, Integer> copy = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            copy.put(g, grades.getOrDefault(g, 0));
        }
        grades = Map.copyOf(copy);
        skipped = skipped == null ? Skipped.NONE : skipped;
    }

    /** Answers graded Hard, Good or Easy, as a fraction of all answers (0 when none). */
    public double recalledFraction() {
        return answered == 0 ? 0 : (double) (answered - grades.get(Grade.AGAIN)) / answered;
    }
}
