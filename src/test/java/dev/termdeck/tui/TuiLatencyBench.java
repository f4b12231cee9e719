package dev.termdeck.tui;

import dev.termdeck.bench.SyntheticDeck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.testing.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The full-screen UI's latency benchmark, through the real launcher in tmux (run by hand, not in CI):
 * {@code mvn -q -B -DskipTests package test-compile && java -cp target/test-classes:target/termdeck.jar
 * dev.termdeck.tui.TuiLatencyBench [--runs N] [--answers N] [--cards N]}.
 *
 * <p>Start-up: the launcher is started as {@code bash -c 'date +%s%6N > start; exec termdeck'} and the UI writes the
 * wall-clock time of its first frame to its trace ({@code TERMDECK_TUI_TRACE}); the difference is launcher start to
 * first card on screen, JVM start included. {@code termdeck --version} is timed in the same run as a baseline.
 * Answers: a session on a synthetic deck alternates Space (reveal) and a grade, one key at a time (each waits for the
 * screen to change); the trace gives, per grade key, the time from reading the key to the next card's frame written,
 * the commit included. The trace's stages split the start-up (view reached, terminal in raw mode, screen started,
 * session built). Prints a Markdown table.
 */
public final class TuiLatencyBench {
    private TuiLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        int answers = 100;
        int cards = 300;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--answers" -> answers = Integer.parseInt(args[i + 1]);
                case "--cards" -> cards = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path launcher = Path.of("termdeck").toAbsolutePath();
        Path work = Files.createTempDirectory("termdeck-tui-bench");
        Path decks = Files.createDirectories(work.resolve("decks"));
        DeckJson.write(decks.resolve("bench" + DeckJson.SUFFIX), SyntheticDeck.generate("bench", cards,
                new Random(1)));
        Path home = Files.createDirectories(work.resolve("home"));
        Files.writeString(home.resolve("settings.json"), "{\"uiLang\": \"en\", \"direction\": \"en-zh\", "
                + "\"mode\": \"flip\", \"newPerDay\": 9999, \"reviewsPerDay\": 9999}\n");

        Map<String, List<Double>> stages = new java.util.LinkedHashMap<>();
        startUp(launcher, work, home, 1, new java.util.HashMap<>());
        startUp(launcher, work, home, runs, stages);
        List<Double> first = stages.get("first-frame");
        List<Double> version = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            version.add((System.nanoTime() - t0) / 1e6);
        }
        List<Double> answer = answers(launcher, work, home, answers);

        System.out.println("| measurement | runs | median | p95 | max |");
        System.out.println("|---|---|---|---|---|");
        row("launcher start → first card on screen (ms)", first);
        for (String stage : List.of("view", "terminal", "screen", "session")) {
            row("… of which: launcher start → " + stage + " (ms)", stages.get(stage));
        }
        row("`termdeck --version`, same run (ms)", version);
        row("grade key → next card on screen, commit included (ms)", answer);
    }

    /** Runs the launcher {@code runs} times; per stage of the trace, the milliseconds from launcher start. */
    private static void startUp(Path launcher, Path work, Path home, int runs, Map<String, List<Double>> stages)
            throws Exception {
        for (int i = 0; i < runs; i++) {
            Path trace = work.resolve("trace-" + i + ".txt");
            Path start = work.resolve("start-" + i + ".txt");
            Files.deleteIfExists(trace);
            try (Tmux t = Tmux.start(work, 80, 24, Map.of("TERMDECK_HOME", home.toString(),
                    "TERMDECK_TUI_TRACE", trace.toString()), "bash", "-c",
                    "date +%s%6N > " + start + "; exec " + launcher)) {
                t.waitForText("show answer", Duration.ofSeconds(60));
                t.sendKeys("q");
                t.waitForText("[exited", Duration.ofSeconds(30));
            }
            long begin = Long.parseLong(Files.readString(start).strip());
            for (String l : Files.readAllLines(trace)) {
                String[] f = l.split(" ");
                if (f[0].equals("stage") || f[0].equals("first-frame")) {
                    String name = f[0].equals("stage") ? f[1] : f[0];
                    stages.computeIfAbsent(name, k -> new ArrayList<>())
                            .add((Long.parseLong(f[f.length - 1]) - begin) / 1000.0);
                }
            }
        }
    }

    private static List<Double> answers(Path launcher, Path work, Path home, int answers) throws Exception {
        Path trace = work.resolve("trace-answers.txt");
        Files.deleteIfExists(trace);
        try (Tmux t = Tmux.start(work, 80, 24, Map.of("TERMDECK_HOME", home.toString(),
                "TERMDECK_TUI_TRACE", trace.toString()), launcher.toString())) {
            t.waitForText("show answer", Duration.ofSeconds(60));
            for (int i = 0; i < answers; i++) {
                String before = t.screen().lines().findFirst().orElse("");
                t.sendKeys("Space");
                t.waitForText("▶3 Good◀", Duration.ofSeconds(30));
                t.sendKeys(Integer.toString(2 + i % 3));
                t.waitFor(s -> s.contains("show answer") && !s.lines().findFirst().orElse("").equals(before),
                        Duration.ofSeconds(30));
            }
            t.sendKeys("q");
            t.waitForText("[exited", Duration.ofSeconds(30));
        }
        List<Double> out = new ArrayList<>();
        for (String l : Files.readAllLines(trace)) {
            String[] f = l.split(" ");
            if (f[0].equals("key") && f[1].matches("CardPage:[1-4]")) {
                out.add(Long.parseLong(f[2]) / 1000.0);
            }
        }
        return out;
    }

    private static void row(String name, List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", name, v.size(), v.get(v.size() / 2),
                v.get(Math.min(v.size() - 1, (int) Math.ceil(v.size() * 0.95) - 1)), v.get(v.size() - 1));
    }

}
