package dev.termdeck.study.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StudyDayTest {
    private final StudyDay shanghai = new StudyDay(ZoneId.of("Asia/Shanghai"));

    @Test
    void theStudyDayStartsAtFourInTheMorningLocalTime() {
        Instant lateEvening = Instant.parse("2026-11-22T15:30:00Z");
        Instant afterMidnight = Instant.parse("2026-11-22T18:30:00Z");
        Instant afterFour = Instant.parse("2026-11-22T20:30:00Z");

        assertThat(shanghai.start(lateEvening)).isEqualTo(Instant.parse("2026-11-21T20:00:00Z"));
        assertThat(shanghai.start(afterMidnight)).isEqualTo(Instant.parse("2026-11-21T20:00:00Z"));
        assertThat(shanghai.start(afterFour)).isEqualTo(Instant.parse("2026-11-22T20:00:00Z"));
        assertThat(shanghai.end(lateEvening)).isEqualTo(Instant.parse("2026-11-22T20:00:00Z"));
        assertThat(shanghai.daysBetween(lateEvening, afterMidnight)).isZero();
        assertThat(shanghai.daysBetween(lateEvening, afterFour)).isEqualTo(1);
    }
}
