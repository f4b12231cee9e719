package dev.termdeck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost of a whole {@code termdeck build}, run as a user runs it: in a child process, by the launcher script or
 * as it would start the JVM ({@code java -cp ... dev.termdeck.cli.Main build --verbose ...}), writing to a scratch
 * directory. Reports the wall time and the peak resident set size, read from {@code /proc/PID/status} (VmHWM) while
 * the child runs; where {@code /proc} is missing the peak is reported as unknown (-1).
 */
public final class BuildMemoryBench {
    private final Path corpus;
    private final List<String> jvmOptions;
    private final List<String> buildOptions;
    private final Path launcher;

    public BuildMemoryBench(Path corpus) {
        this(corpus, List.of());
    }

    /** A build of {@code corpus} in a child JVM started with {@code jvmOptions} ({@code -Xmx300m}, say). */
    public BuildMemoryBench(Path corpus, List<String> jvmOptions) {
        this(corpus, jvmOptions, List.of(), null);
    }

    /**
     * A build of {@code corpus} with {@code buildOptions} ({@code --lang en}), in a child JVM started with {@code
     * jvmOptions}; by the {@code termdeck} launcher script {@code launcher} when it is not {@code null} (with its
     * JVM options and class-data-sharing archive, the options given in {@code TERMDECK_JAVA_OPTS}), else directly.
     */
    public BuildMemoryBench(Path corpus, List<String> jvmOptions, List<String> buildOptions, Path launcher) {
        this.corpus = corpus;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.buildOptions = List.copyOf(buildOptions);
        this.launcher = launcher;
    }

    /**
     * One run's figures.
     *
     * @param seconds   wall time of the child process
     * @param peakRssMb its peak resident set size in MiB, or -1 when it cannot be read here
     * @param output    what the build printed
     * @param cpuSeconds its CPU time (user and system, all threads) as last seen before it ended, or -1 when unknown
     */
    public record Run(double seconds, double peakRssMb, String output, double cpuSeconds) {
    }

    /** Runs the build once. */
    public Run run() throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("termdeck-bench-build");
        try {
            List<String> cmd = new ArrayList<>();
            if (launcher == null) {
                cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                cmd.addAll(jvmOptions);
                cmd.add("-cp");
                cmd.add(System.getProperty("java.class.path"));
                cmd.add("dev.termdeck.cli.Main");
            } else {
                cmd.add(launcher.toString());
            }
            cmd.addAll(List.of("build", "--verbose", "--corpus", corpus.toAbsolutePath().toString(), "--out",
                    out.toString()));
            cmd.addAll(buildOptions);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(out.resolve("output.txt").toFile());
            if (launcher != null) {
                pb.environment().put("TERMDECK_JAVA_OPTS", String.join(" ", jvmOptions));
            }
            long start = System.nanoTime();
            Process p = pb.start();
            long peakKb = -1;
            java.time.Duration cpu = null;
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            while (!p.waitFor(10, TimeUnit.MILLISECONDS)) {
                peakKb = Math.max(peakKb, highWaterKb(status));
                cpu = p.toHandle().info().totalCpuDuration().orElse(cpu);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String output = Files.readString(out.resolve("output.txt"), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                throw new IllegalStateException("the build failed (exit " + p.exitValue() + "): " + output);
            }
            return new Run(seconds, peakKb < 0 ? -1 : peakKb / 1024.0, output, cpu == null ? -1 : cpu.toNanos() / 1e9);
        } finally {
            try (var files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static long highWaterKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The process ended between the check and the read, or /proc is not there: nothing to add.
            return -1;
        }
        return -1;
    }
}
