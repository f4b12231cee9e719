package dev.termdeck.study;

import dev.termdeck.deck.Card;
import dev.termdeck.study.schedule.CardState;
import dev.termdeck.study.schedule.Fsrs;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.schedule.Phase;
import dev.termdeck.study.schedule.StudyDay;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.study.store.Review;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes a {@link StatsReport} from the progress store for a set of decks. Not thread-safe (uses the store). */
final class Statistics {
    /** Days covered by the history and the forecast. */
    static final int DAYS = 30;
    /** How many hardest cards to list. */
    static final int HARDEST = 10;
    /** Stability from which a card counts as mature, in days. */
    static final double MATURE_DAYS = 21;

    private final ProgressStore store;
    private final Fsrs fsrs;
    private final StudyDay day;

    Statistics(ProgressStore store, Fsrs fsrs, StudyDay day) {
        this.store = store;
        this.fsrs = fsrs;
        this.day = day;
    }

    StatsReport compute(List<LoadedDeck> decks, Instant now) {
        Answered log = answered(decks.stream().map(LoadedDeck::name).toList(), now);
        Scheduled cards = scheduled(decks, now);
        return new StatsReport(log.history(), log.retention(), cards.forecast(), cards.hardest(), cards.totals());
    }

    /** What the review log says of the last {@link #DAYS} days: answers (and lapses) per day, and retention. */
    private record Answered(List<StatsReport.DayCount> history, StatsReport.Retention retention) {
    }

    /** What the cards' states say: reviews due per day ahead, the hardest cards, and how many in each phase. */
    private record Scheduled(List<Integer> forecast, List<StatsReport.HardCard> hardest, StatsReport.Totals totals) {
    }

    private Answered answered(List<String> names, Instant now) {
        Instant today = day.start(now);
        Instant from = today.atZone(day.zone()).minusDays(DAYS - 1L).toInstant();
        Map<LocalDate, int[]> perDay = new TreeMap<>();
        LocalDate first = from.atZone(day.zone()).toLocalDate();
        for (int i = 0; i < DAYS; i++) {
            perDay.put(first.plusDays(i), new int[2]);
        }
        int reviewed = 0;
        int recalled = 0;
        int answers = 0;
        int answersRecalled = 0;
        for (Review r : store.reviews(names, from)) {
            answers++;
            answersRecalled += r.grade().recalled() ? 1 : 0;
            int[] counts = perDay.get(day.start(r.time()).atZone(day.zone()).toLocalDate());
            if (counts != null) {
                counts[0]++;
                counts[1] += r.grade() == Grade.AGAIN ? 1 : 0;
            }
            if (r.before().phase() == Phase.REVIEW) {
                reviewed++;
                recalled += r.grade().recalled() ? 1 : 0;
            }
        }
        List<StatsReport.DayCount> history = new ArrayList<>();
        perDay.forEach((d, c) -> history.add(new StatsReport.DayCount(d, c[0], c[1])));
        return new Answered(history, new StatsReport.Retention(reviewed, recalled, answers, answersRecalled));
    }

    private Scheduled scheduled(List<LoadedDeck> decks, Instant now) {
        int[] forecast = new int[DAYS];
        List<StatsReport.HardCard> hard = new ArrayList<>();
        int cards = 0;
        int fresh = 0;
        int learning = 0;
        int young = 0;
        int mature = 0;
        for (LoadedDeck d : decks) {
            Map<String, CardState> states = store.states(d.name());
            for (Card c : d.deck().cards()) {
                cards++;
                CardState s = states.get(c.id());
                if (s == null) {
                    fresh++;
                    continue;
                }
                long in = Math.max(0, day.daysBetween(now, s.due()));
                if (in < DAYS) {
                    forecast[(int) in]++;
                }
                if (s.phase().inSteps()) {
                    learning++;
                } else if (s.memory().stability() >= MATURE_DAYS) {
                    mature++;
                } else {
                    young++;
                }
                hard.add(new StatsReport.HardCard(d.name(), c, s.memory().difficulty(), s.lapses(),
                        fsrs.retrievability(s, now)));
            }
        }
        hard.sort(Comparator.comparingDouble(StatsReport.HardCard::difficulty).reversed()
                .thenComparing(Comparator.comparingInt(StatsReport.HardCard::lapses).reversed())
                .thenComparing(h -> h.card().id()));
        List<Integer> forecastList = new ArrayList<>();
        for (int f : forecast) {
            forecastList.add(f);
        }
        return new Scheduled(forecastList, hard.subList(0, Math.min(HARDEST, hard.size())),
                new StatsReport.Totals(cards, fresh, learning, young, mature));
    }
}
