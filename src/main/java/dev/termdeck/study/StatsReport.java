package dev.termdeck.study;

import dev.termdeck.deck.Card;
import java.time.LocalDate;
import java.util.List;

/**
 * Statistics for the statistics screen. Immutable.
 *
 * @param reviewsPerDay the last {@link Statistics#DAYS} study days, oldest first (days without reviews included)
 * @param retention     how often review cards were recalled over those days
 * @param forecast      cards due on each of the next {@link Statistics#DAYS} study days, today first (today
 *                      includes overdue cards)
 * @param hardest       the studied cards with the highest difficulty, hardest first
 * @param totals        how many cards are new, learning, young or mature
 */
public record StatsReport(List<DayCount> reviewsPerDay, Retention retention, List<Integer> forecast,
        List<HardCard> hardest, Totals totals) {

    public StatsReport {
        reviewsPerDay = List.copyOf(reviewsPerDay);
        forecast = List.copyOf(forecast);
        hardest = List.copyOf(hardest);
    }

    /**
     * Reviews on one study day.
     *
     * @param day     the study day (the local date it starts on)
     * @param reviews answers given
     * @param again   of those, graded Again
     */
    public record DayCount(LocalDate day, int reviews, int again) {
    }

    /**
     * How often cards were recalled: retention proper counts the reviews of cards out of their learning steps (what
     * FSRS schedules for, as Anki's "true retention" does); every answer, learning steps included, is counted apart.
     *
     * @param reviews         answers to cards in review
     * @param recalled        of those, graded Hard, Good or Easy
     * @param answers         every answer, in any phase
     * @param answersRecalled of those, graded Hard, Good or Easy
     */
    public record Retention(int reviews, int recalled, int answers, int answersRecalled) {
        /** The fraction of reviews recalled, or {@code NaN} with no reviews. */
        public double fraction() {
            return reviews == 0 ? Double.NaN : (double) recalled / reviews;
        }

        /** The fraction of all answers recalled, or {@code NaN} with none. */
        public double answersFraction() {
            return answers == 0 ? Double.NaN : (double) answersRecalled / answers;
        }
    }

    /**
     * A hard card.
     *
     * @param deck           its deck
     * @param card           the card
     * @param difficulty     its FSRS difficulty (1 to 10)
     * @param lapses         how often it was forgotten after reaching review
     * @param retrievability the probability of recalling it now
     */
    public record HardCard(String deck, Card card, double difficulty, int lapses, double retrievability) {
    }

    /**
     * Cards by maturity.
     *
     * @param cards    all cards
     * @param fresh    never studied
     * @param learning in their learning or relearning steps
     * @param young    in review with stability under 21 days
     * @param mature   in review with stability of 21 days or more
     */
    public record Totals(int cards, int fresh, int learning, int young, int mature) {
    }
}
