package dev.termdeck.cli;

import dev.termdeck.io.AppDirs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Runs termdeck commands in-process ({@link Main#run}) with a private data directory, captured output and a fixed
 * clock. Public so that tests outside {@code cli} (the fault tests in {@code reliability}) drive the real command
 * line too. Not thread-safe.
 */
public final class CliRunner {
    private final Path dataDir;
    private final Path workDir;
    private Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private InputStream in = new ByteArrayInputStream(new byte[0]);
    private boolean interactive;
    private final Map<String, String> extraEnv = new java.util.HashMap<>();

    public CliRunner(Path dataDir, Path workDir) {
        this.dataDir = dataDir;
        this.workDir = workDir;
    }

    public CliRunner clock(Clock c) {
        clock = c;
        return this;
    }

    public CliRunner env(String name, String value) {
        extraEnv.put(name, value);
        return this;
    }

    public CliRunner stdin(String text) {
        in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Pretends standard input and output are a terminal. */
    public CliRunner interactive(boolean on) {
        interactive = on;
        return this;
    }

    public Result run(String... args) {
        // Standard output as the process has it: the command's writer and raw bytes (export -o -) on one stream.
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        env.put("TERMDECK_HOME", dataDir.toString());
        CliContext context = new CliContext(AppDirs.of(env, "/nonexistent-home", null, workDir.toAbsolutePath()),
                clock, in, env, interactive, stdout);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        int code = Main.run(context, out, new PrintWriter(err, true), args);
        out.flush();
        return new Result(code, stdout.toString(StandardCharsets.UTF_8), err.toString(), stdout.toByteArray());
    }

    /** What a run printed and returned; {@code outBytes} are the bytes of standard output. */
    public record Result(int exitCode, String out, String err, byte[] outBytes) {
    }
}
