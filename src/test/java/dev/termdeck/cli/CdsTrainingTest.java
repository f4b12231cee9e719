package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class CdsTrainingTest {
    @Test
    void theTrainingRunCompletesWithoutTouchingRealData() {
        assertThatCode(() -> CdsTraining.main(new String[0])).doesNotThrowAnyException();
    }
}
