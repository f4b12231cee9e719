package dev.termdeck.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.store.ProgressStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsTest {
    private static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void reportsReviewsPerDayRetentionForecastAndHardestCards() {
        TestClock clock = new TestClock(START, ZoneOffset.UTC);
        List<LoadedDeck> decks = Fixtures.copyTo(dir.resolve("decks"), "ml-mini");
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"))) {
            Library library = new Library(decks, store, FsrsParameters.defaults().withFuzz(false), new AnswerChecker(dev.termdeck.testing.Scripts.simplifiedOnly()),
                    clock, new Random(2));
            StudySession first = library.session(new SessionOptions(Direction.EN_ZH, Mode.FLIP, 4, 100));
            for (int i = 0; i < 4; i++) {
                first.current();
                first.answer(i == 0 ? Grade.HARD : Grade.EASY, null);
            }
            clock.advance(Duration.ofDays(20));
            StudySession later = library.session(new SessionOptions(Direction.EN_ZH, Mode.FLIP, 0, 100));
            List<Grade> grades = List.of(Grade.GOOD, Grade.AGAIN, Grade.GOOD, Grade.GOOD);
            int n = 0;
            while (later.current().isPresent() && n < 4) {
                later.answer(grades.get(n++), null);
            }

            StatsReport r = library.statistics();

            assertThat(r.reviewsPerDay()).hasSize(30);
            assertThat(r.reviewsPerDay().get(29).day()).isEqualTo(LocalDate.parse("2026-11-21"));
            assertThat(r.reviewsPerDay().get(29).reviews()).isEqualTo(4);
            assertThat(r.reviewsPerDay().get(29).again()).isEqualTo(1);
            assertThat(r.reviewsPerDay().get(9).reviews()).isEqualTo(4);
            assertThat(r.retention().reviews()).isEqualTo(3);
            assertThat(r.retention().recalled()).isEqualTo(2);
            assertThat(r.retention().answers()).isEqualTo(8);
            assertThat(r.retention().answersRecalled()).isEqualTo(7);
            assertThat(r.forecast()).hasSize(30);
            // The card in its learning steps and the lapsed one are due today; the two recalled ones in months.
            assertThat(r.forecast().get(0)).isEqualTo(2);
            assertThat(r.forecast().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
            assertThat(r.hardest()).hasSize(4);
            assertThat(r.hardest().get(0).lapses()).isEqualTo(1);
            assertThat(r.hardest().get(0).difficulty()).isGreaterThanOrEqualTo(r.hardest().get(1).difficulty());
            assertThat(r.hardest().get(0).card().id()).isEqualTo("federated-learning");
            assertThat(r.totals()).isEqualTo(new StatsReport.Totals(12, 8, 2, 0, 2));
        }
    }

    @Test
    void emptyHistoryHasNoRetention() {
        List<LoadedDeck> decks = Fixtures.copyTo(dir.resolve("decks"), "basics");
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"))) {
            StatsReport r = new Library(decks, store, FsrsParameters.defaults(), new AnswerChecker(dev.termdeck.testing.Scripts.simplifiedOnly()),
                    new TestClock(START, ZoneOffset.UTC), new Random(2)).statistics();

            assertThat(r.retention().fraction()).isNaN();
            assertThat(r.hardest()).isEmpty();
            assertThat(r.totals().fresh()).isEqualTo(3);
        }
    }
}
