package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchBuildCommandTest {
    @TempDir
    Path home;

    @Test
    void rejectsSillyValuesBeforeBuildingAnything() {
        CliRunner cli = new CliRunner(home.resolve("data"), home);

        assertThat(cli.run("bench", "build", "--scales", "0").exitCode()).isEqualTo(2);
        assertThat(cli.run("bench", "build", "--runs", "0").exitCode()).isEqualTo(2);
        assertThat(cli.run("bench", "build", "--scales", "x").exitCode()).isEqualTo(2);
        assertThat(cli.run("bench", "build", "--large-mb", "-1").exitCode()).isEqualTo(2);
        assertThat(cli.run("bench", "build", "--large-mb", "16").exitCode()).isEqualTo(2);
        assertThat(cli.run("bench", "build", "--lang", "fr").exitCode()).isEqualTo(2);
    }

    @Test
    void helpSaysWhatIsMeasured() {
        CliRunner.Result r = new CliRunner(home.resolve("data"), home).run("bench", "build", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--scales", "--runs", "--jvm", "peak memory", "--large-mb", "--lang",
                "--launcher", "--ceiling");
    }
}
