package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./termdeck} launcher, run as a user runs it, against the jar this build packaged. */
class LauncherIT {
    @TempDir
    Path home;

    @Test
    void launcherPrintsVersionAndHelpWithoutRebuilding() throws Exception {
        Run version = launch("--version");
        Run help = launch("--help");

        assertThat(version.code).isZero();
        assertThat(version.out.strip()).startsWith("termdeck ");
        assertThat(version.err).doesNotContain("building");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("Commands:", "corpus", "study");
    }

    @Test
    void launcherPassesExitCodesThrough() throws Exception {
        assertThat(launch("corpus", "--no-such-option").code).isEqualTo(2);
        assertThat(launch("corpus", "--corpus", "/no/such/dir").code).isEqualTo(1);
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = Path.of("termdeck").toAbsolutePath().toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("TERMDECK_HOME", home.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    private record Run(int code, String out, String err) {
    }
}
