package dev.termdeck.bench;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.study.DeckLoader;
import dev.termdeck.study.Library;
import dev.termdeck.study.LoadedDeck;
import dev.termdeck.study.StudySession;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.store.ProgressStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The study benchmark ({@code termdeck bench study}): answer-to-next-card latency (commit included) on a synthetic
 * deck, and start-up time of {@code termdeck study --plain} to its first prompt, fed by a pipe, next to
 * {@code termdeck --version} as a baseline measured in the same run (the machine is shared: compare ratios). Run by
 * hand, not in CI.
 */
public final class StudyBench {
    /** The plain-mode answer prompt in English; the first prompt is on screen when this line is printed. */
    private static final String PROMPT = "answer (Enter to show):";
    /** The size of a deck built from a class's abstracts. */
    private static final int TYPICAL = 300;

    private StudyBench() {
    }

    /**
     * What to measure.
     *
     * @param cards    cards in the synthetic deck
     * @param answers  answers per mode in the latency run
     * @param runs     launcher starts per start-up measurement
     * @param launcher the {@code termdeck} launcher script
     */
    public record Options(int cards, int answers, int runs, Path launcher) {
    }

    /** Runs both measurements, printing Markdown tables to {@code out}. */
    public static void run(Options o, PrintWriter out) throws Exception {
        Path tmp = Files.createTempDirectory("termdeck-bench");
        try {
            out.printf("machine: %d cores, Java %s, %s %s%n%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
            Deck deck = SyntheticDeck.generate("synthetic", o.cards(), new Random(42));
            Path deckFile = tmp.resolve("decks/synthetic" + DeckJson.SUFFIX);
            DeckJson.write(deckFile, deck);
            latency(o, tmp, deckFile, out);
            if (o.runs() > 0) {
                startup(o, tmp, deckFile, out);
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void latency(Options o, Path tmp, Path deckFile, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        List<LoadedDeck> decks = DeckLoader.load(List.of(deckFile));
        long loadMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        out.printf("Study latency: %d-card deck (%d KB), loaded in %d ms; %d answers per mode; each time covers"
                + " checking the typed answer (type, cloze), committing the answer, and making the next question.%n%n",
                o.cards(), Files.size(deckFile) / 1024, loadMs, o.answers());
        out.println("| mode | session start ms | p50 ms | p95 ms | p99 ms | max ms |");
        out.println("|---|---|---|---|---|---|");
        Random random = new Random(7);
        try (ProgressStore store = ProgressStore.open(tmp.resolve("data/progress.db"))) {
            Library library = new Library(decks, store, FsrsParameters.defaults(),
                    new AnswerChecker(ChineseScript.lazy(HanLpChinese::get)), Clock.systemDefaultZone(), random);
            for (Mode mode : Mode.values()) {
                // zh-en: the typed answers are English, so the bench measures checking, not loading HanLP.
                Direction d = mode == Mode.FLIP ? Direction.EN_ZH : Direction.ZH_EN;
                long s0 = System.nanoTime();
                StudySession session = library.session(new SessionOptions(d, mode, o.cards(), 10_000));
                session.current();
                double startMs = (System.nanoTime() - s0) / 1e6;
                long[] ns = new long[o.answers()];
                int n = 0;
                while (n < ns.length && session.current().isPresent()) {
                    Question q = session.current().get();
                    String typed = q.typed() ? q.answer() : null;
                    Grade grade = random.nextInt(5) == 0 ? Grade.AGAIN : Grade.GOOD;
                    long a = System.nanoTime();
                    if (typed != null) {
                        session.check(typed);
                    }
                    session.answer(grade, typed);
                    session.current();
                    ns[n++] = System.nanoTime() - a;
                }
                long[] done = Arrays.copyOf(ns, n);
                Arrays.sort(done);
                out.printf("| %s | %.1f | %.2f | %.2f | %.2f | %.2f |%n", mode.code(), startMs, pct(done, 50),
                        pct(done, 95), pct(done, 99), done.length == 0 ? 0 : done[done.length - 1] / 1e6);
            }
            // The one answer that is slow on purpose: the first with traditional characters loads HanLP's converter.
            StudySession zh = library.session(new SessionOptions(Direction.EN_ZH, Mode.TYPE, o.cards(), 10_000));
            Question q = zh.current().orElseThrow();
            long h0 = System.nanoTime();
            zh.check("聯" + q.answer());
            out.printf("%nThe first typed answer in traditional characters loads HanLP's converter once: %.0f ms.%n",
                    (System.nanoTime() - h0) / 1e6);
        }
        out.println();
    }

    private static void startup(Options o, Path tmp, Path bigDeck, PrintWriter out) throws Exception {
        out.printf("Start-up: %s, %d runs each after one untimed run; wall time from starting the process to the"
                + " first prompt (library) or to exit (--version).%n%n", o.launcher(), o.runs());
        out.println("| command | median ms | min ms | max ms | CPU ms to the prompt (median) |");
        out.println("|---|---|---|---|---|");
        Path home = tmp.resolve("home");
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"--version"});
        Path bundled = o.launcher().getParent().resolve("decks");
        if (Files.isDirectory(bundled) && o.runs() > 0) {
            commands.add(new String[] {"study", "--plain", "--lang", "en", "--new", "20"});
        }
        Path smallDeck = tmp.resolve("small/typical" + DeckJson.SUFFIX);
        DeckJson.write(smallDeck, SyntheticDeck.generate("typical", TYPICAL, new Random(43)));
        commands.add(new String[] {"study", "--plain", "--lang", "en", "--new", "20", smallDeck.toString()});
        commands.add(new String[] {"study", "--plain", "--lang", "en", "--new", "20", bigDeck.toString()});
        for (String[] args : commands) {
            timeLauncher(o.launcher(), home, args);
            long[] ms = new long[o.runs()];
            long[] cpu = new long[o.runs()];
            for (int i = 0; i < ms.length; i++) {
                long[] run = timeLauncher(o.launcher(), home, args);
                ms[i] = run[0];
                cpu[i] = run[1];
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            String label = String.join(" ", args).replace(bigDeck.toString(), "<" + o.cards() + "-card deck>")
                    .replace(smallDeck.toString(), "<" + TYPICAL + "-card deck>");
            out.printf("| `termdeck %s` | %d | %d | %d | %s |%n", label, ms[ms.length / 2], ms[0],
                    ms[ms.length - 1], cpu[cpu.length / 2] < 0 ? "-" : Long.toString(cpu[cpu.length / 2]));
        }
        out.println();
    }

    /**
     * Milliseconds until the first prompt (or exit, when the command does not study), and the CPU time the process had
     * used by then (-1 when it had already exited): less disturbed than wall time by other work on the machine.
     */
    private static long[] timeLauncher(Path launcher, Path home, String[] args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("TERMDECK_HOME", home.toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        long until = -1;
        long cpuMs = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.equals(PROMPT) && until < 0) {
                    until = System.nanoTime();
                    cpuMs = p.info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
                    p.getOutputStream().close();
                }
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        if (until < 0) {
            until = System.nanoTime();
        }
        return new long[] {TimeUnit.NANOSECONDS.toMillis(until - t0), cpuMs};
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
