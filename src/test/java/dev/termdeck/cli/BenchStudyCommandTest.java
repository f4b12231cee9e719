package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStudyCommandTest {
    @TempDir
    Path home;

    @Test
    void measuresLatencyPerModeOnASmallDeck() {
        CliRunner.Result r = new CliRunner(home.resolve("data"), home).run("bench", "study", "--cards", "30",
                "--answers", "5", "--runs", "0");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Study latency: 30-card deck", "| flip |", "| type |", "| choice |", "| cloze |")
                .doesNotContain("Start-up");
    }

    @Test
    void rejectsSillyValues() {
        assertThat(new CliRunner(home.resolve("data"), home).run("bench", "study", "--cards", "1").exitCode())
                .isEqualTo(2);
    }
}
