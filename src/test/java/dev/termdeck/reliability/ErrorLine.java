package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.cli.CliRunner;

/** Assertions on how termdeck reports bad input: one line on stderr, no stack trace, exit code 1 or 2. */
final class ErrorLine {
    private ErrorLine() {
    }

    /** The run failed with {@code code} and printed exactly {@code termdeck: LINE}, nothing else on stderr. */
    static void assertOneLine(CliRunner.Result r, int code, String line) {
        assertThat(r.err()).as("stderr").isEqualTo("termdeck: " + line + "\n");
        assertThat(r.exitCode()).as("exit code; stderr: " + r.err()).isEqualTo(code);
    }

    /** Like {@link #assertOneLine}, for a line known by its start. */
    static void assertOneLineStartingWith(CliRunner.Result r, int code, String start) {
        assertThat(r.err().lines()).as("stderr").hasSize(1);
        assertThat(r.err()).as("stderr").startsWith("termdeck: " + start).doesNotContain("Exception", "\tat ");
        assertThat(r.exitCode()).as("exit code; stderr: " + r.err()).isEqualTo(code);
    }
}
