package dev.termdeck.study.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FsrsTest {
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults().withFuzz(false));
    private final Random random = new Random(1);

    @Test
    void reproducesTheReferenceVector() {
        List<Grade> grades = List.of(Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD,
                Grade.AGAIN, Grade.AGAIN, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD);
        CardState card = CardState.fresh(START);
        Instant now = START;
        List<Long> intervals = new ArrayList<>();
        for (Grade g : grades) {
            card = fsrs.review(card, g, now, random);
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            now = card.due();
        }

        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
        assertThat(card.phase()).isEqualTo(Phase.REVIEW);
        assertThat(card.reps()).isEqualTo(13);
        assertThat(card.lapses()).isEqualTo(1);
    }

    @Test
    void easyTenTimesGivesDifficultyExactlyOne() {
        CardState card = CardState.fresh(START);
        for (int i = 0; i < 10; i++) {
            card = fsrs.review(card, Grade.EASY, START.plusNanos(i * 1000L), random);
        }

        assertThat(card.memory().difficulty()).isEqualTo(1.0);
    }

    @Test
    void newCardGoesThroughTheLearningSteps() {
        CardState first = fsrs.review(CardState.fresh(START), Grade.GOOD, START, random);
        CardState hard = fsrs.review(CardState.fresh(START), Grade.HARD, START, random);
        CardState again = fsrs.review(CardState.fresh(START), Grade.AGAIN, START, random);
        CardState easy = fsrs.review(CardState.fresh(START), Grade.EASY, START, random);

        assertThat(first.phase()).isEqualTo(Phase.LEARNING);
        assertThat(Duration.between(START, first.due())).isEqualTo(Duration.ofMinutes(10));
        assertThat(Duration.between(START, hard.due())).isEqualTo(Duration.ofSeconds(330));
        assertThat(Duration.between(START, again.due())).isEqualTo(Duration.ofMinutes(1));
        assertThat(easy.phase()).isEqualTo(Phase.REVIEW);
        assertThat(first.memory().stability()).isEqualTo(2.3065);
    }

    @Test
    void lapseGoesToTheTenMinuteRelearningStep() {
        CardState card = review(CardState.fresh(START), Grade.EASY, START);
        CardState lapsed = review(card, Grade.AGAIN, card.due());

        assertThat(lapsed.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(Duration.between(lapsed.lastReview(), lapsed.due())).isEqualTo(Duration.ofMinutes(10));
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(review(lapsed, Grade.GOOD, lapsed.due()).phase()).isEqualTo(Phase.REVIEW);
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDays() {
        assertThat(fsrs.forgettingCurve(10, 10)).isCloseTo(0.9, within(1e-12));
        assertThat(fsrs.forgettingCurve(0, 10)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(CardState.fresh(START), START)).isZero();
    }

    @Test
    void higherDesiredRetentionGivesShorterIntervals() {
        Fsrs strict = new Fsrs(FsrsParameters.defaults().withFuzz(false).withDesiredRetention(0.97));

        assertThat(fsrs.nextIntervalDays(100)).isEqualTo(100);
        assertThat(strict.nextIntervalDays(100)).isLessThan(40);
        assertThat(fsrs.nextIntervalDays(0.01)).isEqualTo(1);
        assertThat(fsrs.nextIntervalDays(1e9)).isEqualTo(36500);
    }

    @Test
    void fuzzSpreadsLongIntervalsAroundTheUnfuzzedOne() {
        Fsrs fuzzy = new Fsrs(FsrsParameters.defaults());
        CardState card = review(review(CardState.fresh(START), Grade.GOOD, START), Grade.GOOD, START.plusSeconds(600));
        CardState base = review(card, Grade.GOOD, card.due());
        long unfuzzed = Duration.between(base.lastReview(), base.due()).toDays();
        Set<Long> seen = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            CardState c = fuzzy.review(card, Grade.GOOD, card.due(), new Random(seed));
            seen.add(Duration.between(c.lastReview(), c.due()).toDays());
        }

        assertThat(unfuzzed).isEqualTo(11);
        assertThat(seen).hasSizeGreaterThan(2).allSatisfy(d -> assertThat(d).isBetween(unfuzzed - 3, unfuzzed + 3));
    }

    private CardState review(CardState card, Grade g, Instant at) {
        return fsrs.review(card, g, at, random);
    }
}
