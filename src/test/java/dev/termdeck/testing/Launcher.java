package dev.termdeck.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code ./termdeck} launcher of this checkout as a user runs it, with a private data directory
 * ({@code TERMDECK_HOME}). For end-to-end tests ({@code *IT}), which run after the jar is packaged. Stateless.
 */
public final class Launcher {
    private Launcher() {
    }

    /** The launcher script. */
    public static Path script() {
        return Path.of("termdeck").toAbsolutePath();
    }

    /** A process builder for {@code termdeck ARGS} in {@code workDir} with user data in {@code home}. */
    public static ProcessBuilder command(Path home, Path workDir, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(script().toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toAbsolutePath().toFile());
        pb.environment().put("TERMDECK_HOME", home.toString());
        pb.environment().put("LANG", "C.UTF-8");
        return pb;
    }

    /** Runs {@code termdeck ARGS} to its end with {@code stdin} as input; what it printed and returned. */
    public static Result run(Path home, Path workDir, String stdin, String... args)
            throws IOException, InterruptedException {
        return run(command(home, workDir, List.of(args)), stdin);
    }

    /** Runs a prepared command to its end with {@code stdin} as input (60 s at most). */
    public static Result run(ProcessBuilder pb, String stdin) throws IOException, InterruptedException {
        Process p = pb.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The process stopped reading (it failed early, say); its exit code and output tell why.
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("termdeck " + pb.command() + " did not end within 60 s");
        }
        return new Result(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    /** The environment a launcher run gets besides the caller's, for tests that build their own command lines. */
    public static Map<String, String> env(Path home) {
        return Map.of("TERMDECK_HOME", home.toString(), "LANG", "C.UTF-8");
    }

    /**
     * Launches {@code termdeck --version} once, so that the first launch after a build, which trains the class data
     * sharing archive in a child JVM, happens before a test's timed waits or kills, not inside them.
     */
    public static void warmUp() throws IOException, InterruptedException {
        Result r = run(java.nio.file.Files.createTempDirectory("termdeck-warm"), Path.of(""), "", "--version");
        if (r.exitCode() != 0) {
            throw new IllegalStateException("termdeck --version exited with " + r.exitCode());
        }
    }
}
