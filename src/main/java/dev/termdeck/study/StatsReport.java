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
     * Recall of cards in review (not in their learning steps).
     *
     * @param reviews  review answers counted
     * @param recalled of those, graded Hard, Good or Easy
     */
    public record Retention(int reviews, int recalled) {
        /** The fraction recalled, or {@code NaN} with no reviews. */
        public double fraction() {
            return reviews == 0 ? Double.NaN : (double) recalled / reviews;
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
