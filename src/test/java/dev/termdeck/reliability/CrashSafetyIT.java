package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.bench.SyntheticDeck;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.reliability.PlainStudy.Answer;
import dev.termdeck.testing.FileSnapshot;
import dev.termdeck.testing.Launcher;
import dev.termdeck.testing.ProgressDb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, proven with real processes killed by SIGKILL (no shutdown hook, no {@code finally} runs) at random
 * moments, then restarted: every answer {@code termdeck study --plain} acknowledged with {@code saved ...} is in the
 * progress database, the database passes {@code PRAGMA integrity_check} and each card's state is the one its last
 * logged answer left, and no deck or export file is ever truncated or half-written (kills during card edits,
 * {@code build} and {@code export} writes).
 *
 * <p>The moments come from a seeded {@link Random}; the seed is printed, and {@code -Dtermdeck.crash.seed=N} replays
 * a run. {@code -Dtermdeck.crash.kills=N} sets the number of study kills (default 50; the edit, build and export
 * kills scale with it): the long variant is {@code mvn -B verify -Dit.test=CrashSafetyIT -Dtermdeck.crash.kills=500}
 * (docs/reliability.md).
 */
class CrashSafetyIT {
    private static final long SEED = Long.getLong("termdeck.crash.seed", System.nanoTime());
    private static final int KILLS = Integer.getInteger("termdeck.crash.kills", 50);
    private static final String DECK_FIXTURE = "decks/ml-abstracts.deck.json";

    @TempDir
    Path work;

    @BeforeAll
    static void launcherIsReady() throws Exception {
        Launcher.warmUp(); // every kill and timed wait below then hits termdeck, not the archive training
        System.out.printf("crash safety: seed %d (replay with -Dtermdeck.crash.seed=%d), %d study kills%n", SEED,
                SEED, KILLS);
    }

    @Test
    void everyAcknowledgedAnswerSurvivesRepeatedKillsAndTheDatabaseStaysSound() throws Exception {
        Random random = new Random(SEED);
        Path home = work.resolve("data");
        Path db = home.resolve("progress.db");
        Path deck = work.resolve("decks/crash.deck.json");
        // Each run answers up to ~25 new cards; the deck has enough that no run finds nothing to study.
        DeckJson.write(deck, SyntheticDeck.generate("crash", Math.max(800, KILLS * 16), new Random(SEED)));
        String deckHash = FileSnapshot.sha256(deck);
        long lastId = 0;
        int acknowledged = 0;
        int inFlight = 0;
        int beforeFirstAnswer = 0;
        int withoutTables = 0;
        long started = System.nanoTime();
        for (int run = 0; run < KILLS; run++) {
            String where = "seed " + SEED + ", run " + run;
            boolean early = random.nextInt(4) == 0;
            int waitFor = random.nextInt(25);
            String mode = random.nextBoolean() ? "flip" : "type";
            List<String> args = List.of("--new", "100000", "--limit", "100000", "--mode", mode, "--direction",
                    random.nextBoolean() ? "en-zh" : "zh-en", deck.toString());
            List<Answer> acked;
            String output;
            try (PlainStudy study = PlainStudy.start(home, work, args)) {
                study.feed(answers(random, waitFor + 40, mode));
                if (early) {
                    // Anywhere in start-up: JVM, deck, opening (or creating) the database, the first prompt.
                    Thread.sleep(random.nextInt(1500));
                } else {
                    assertThat(study.awaitSaved(waitFor, 60_000)).as(where + ": " + study.output()).isTrue();
                    // A few milliseconds more: the kill lands inside the next answer (read, commit, or print).
                    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(8000)));
                }
                study.kill();
                acked = study.acknowledged();
                output = study.output();
                assertThat(study.errors()).as(where).doesNotContain("Exception", "\tat ");
            }
            List<Answer> logged = PlainStudy.loggedSince(db, lastId);
            assertThat(logged.size()).as(where + ": answers logged beyond those acknowledged; logged " + logged
                    + ", acknowledged " + acked + ", output:\n" + tail(output))
                    .isBetween(acked.size(), acked.size() + 1);
            assertThat(logged.subList(0, acked.size())).as(where + ": acknowledged answers in the log, in order")
                    .isEqualTo(acked);
            if (Files.exists(db)) {
                assertThat(ProgressDb.integrity(db)).as(where).containsExactly("ok");
            }
            if (ProgressDb.hasTable(db, "review_log")) {
                assertThat(ProgressDb.statesNotMatchingTheirLastReview(db)).as(where).isEmpty();
                lastId = ProgressDb.number(db, "SELECT coalesce(max(id), 0) FROM review_log");
            } else if (Files.exists(db)) {
                withoutTables++; // killed while creating it: nothing acknowledged; the next run creates the tables
            }
            assertThat(FileSnapshot.sha256(deck)).as(where + ": the deck is only read").isEqualTo(deckHash);
            acknowledged += acked.size();
            inFlight += logged.size() - acked.size();
            beforeFirstAnswer += logged.isEmpty() ? 1 : 0;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        Launcher.Result after = Launcher.run(home, work, "\n3\n\n2\n", "study", "--plain", "--lang", "en", "--new",
                "100000", deck.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out().lines().filter(l -> l.startsWith("saved "))).hasSize(2);
        assertThat(ProgressDb.number(db, "SELECT count(*) FROM review_log"))
                .isEqualTo(acknowledged + inFlight + 2L);
        System.out.printf("crash safety: %d kills in %d s; %d answers acknowledged, all found; %d committed but"
                + " killed before the acknowledgement; %d runs killed before their first answer (%d of them left a"
                + " database without its tables)%n", KILLS, seconds, acknowledged, inFlight, beforeFirstAnswer,
                withoutTables);
    }

    @Test
    void aKillWhileSavingACardEditLeavesTheDeckWhole() throws Exception {
        Random random = new Random(SEED + 1);
        Path home = work.resolve("data");
        Path deck = Files.createDirectories(work.resolve("decks")).resolve("ml-abstracts.deck.json");
        Files.copy(Path.of(DECK_FIXTURE), deck);
        Deck original = DeckJson.read(deck);
        for (int run = 0; run < Math.max(5, KILLS / 5); run++) {
            String where = "seed " + SEED + ", edit run " + run;
            Path out = work.resolve("edit-loop.out");
            Path errors = work.resolve("edit-loop.err");
            Process p = editLoop(deck, home, out, errors);
            int waitFor = 1 + random.nextInt(12);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (edits(out).size() < waitFor && p.isAlive() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(100_000);
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(3000)));
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // Everything the process printed before it died is in the file: those edits were acknowledged.
            List<Long> acked = edits(out);
            assertThat(acked).as(where + ": " + Files.readString(errors)).hasSizeGreaterThanOrEqualTo(waitFor);
            long lastAcked = acked.get(acked.size() - 1);
            Deck now = assertWholeDeck(deck, where);
            Card edited = now.cards().get(0);
            long saved = Long.parseLong(edited.definition().en().substring("edit ".length()));
            assertThat(saved).as(where + ": the last acknowledged edit is kept").isBetween(lastAcked, lastAcked + 1);
            assertThat(now.cards().subList(1, now.cards().size())).as(where)
                    .isEqualTo(original.cards().subList(1, original.cards().size()));
        }
    }

    @Test
    void aKillWhileBuildWritesTheDeckLeavesTheOldDeckOrTheNewOne() throws Exception {
        Random random = new Random(SEED + 2);
        Path home = work.resolve("data");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (String f : List.of("dropout.txt", "adam.txt", "resnet.txt")) {
            Files.copy(Path.of("src/test/resources/dev/termdeck/extract/en/unseen", f), corpus.resolve(f));
        }
        Path decks = work.resolve("decks");
        Path deck = decks.resolve("k.deck.json");
        List<String> build = List.of("build", "--corpus", corpus.toString(), "--lang", "en", "--deck", "k");
        Launcher.Result first = Launcher.run(home, work, "", concat(build, "--tag", "v0"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        int hits = 0;
        int builds = Math.max(2, KILLS / 25);
        for (int run = 1; run <= builds; run++) {
            String where = "seed " + SEED + ", build run " + run;
            byte[] before = Files.readAllBytes(deck);
            Process p = Launcher.command(home, work, List.of(concat(build, "--tag", "v" + run)))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            hits += killWhileWriting(p, decks, ".k.deck.json.", random.nextInt(2000)) ? 1 : 0;
            Deck now = assertWholeDeck(deck, where);
            boolean old = Arrays.equals(Files.readAllBytes(deck), before);
            String tag = "v" + run;
            boolean fresh = now.cards().stream().allMatch(c -> c.tags().contains(tag));
            assertThat(old || fresh).as(where + ": the deck is the one before the build or the one it wrote").isTrue();
        }
        System.out.printf("crash safety: %d of %d builds killed while writing the deck%n", hits, builds);
    }

    @Test
    void aKillWhileExportWritesLeavesNoHalfWrittenExport() throws Exception {
        Random random = new Random(SEED + 3);
        Path home = work.resolve("data");
        Path deck = work.resolve("decks/big.deck.json");
        DeckJson.write(deck, SyntheticDeck.generate("big", 3000, new Random(SEED)));
        Path out = Files.createDirectories(work.resolve("out"));
        Launcher.Result reference = Launcher.run(home, work, "", "export", deck.toString(), "-f", "csv", "-o",
                out.resolve("reference.csv").toString());
        assertThat(reference.exitCode()).as(reference.err()).isZero();
        byte[] csv = Files.readAllBytes(out.resolve("reference.csv"));
        String deckHash = FileSnapshot.sha256(deck);
        int hits = 0;
        int exports = Math.max(4, KILLS / 8);
        for (int run = 0; run < exports; run++) {
            String where = "seed " + SEED + ", export run " + run;
            String format = run % 2 == 0 ? "csv" : "apkg";
            Path target = out.resolve("x." + format);
            Files.deleteIfExists(target);
            Process p = Launcher.command(home, work, List.of("export", deck.toString(), "-f", format, "-o",
                    target.toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            hits += killWhileWriting(p, out, ".x." + format + ".", random.nextInt(20_000)) ? 1 : 0;
            if (Files.exists(target) && format.equals("csv")) {
                assertThat(Files.readAllBytes(target)).as(where + ": a complete export").isEqualTo(csv);
            } else if (Files.exists(target)) {
                assertThat(zipEntries(target)).as(where + ": a complete package").contains("collection.anki2",
                        "media");
            }
            assertThat(FileSnapshot.sha256(deck)).as(where).isEqualTo(deckHash);
        }
        System.out.printf("crash safety: %d of %d exports killed while writing%n", hits, exports);
    }

    /**
     * Waits for a temporary file starting with {@code prefix} to appear in {@code dir} (an atomic write under way),
     * then kills {@code p} after {@code micros} more; a process that ends first is left to end. Whether it was
     * killed while writing.
     */
    private static boolean killWhileWriting(Process p, Path dir, String prefix, int micros) throws Exception {
        boolean seen = false;
        while (p.isAlive() && !seen) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, prefix + "*.tmp")) {
                seen = s.iterator().hasNext();
            } catch (java.nio.file.NoSuchFileException e) {
                // The directory is created by the write itself.
            }
            Thread.onSpinWait();
        }
        if (seen) {
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
            p.destroyForcibly();
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return seen && p.exitValue() != 0;
    }

    /** Asserts that {@code file} is a whole deck: it parses and is exactly what termdeck writes for that deck. */
    private static Deck assertWholeDeck(Path file, String where) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Deck deck = DeckJson.parse(file.toString(), bytes);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as(where + ": " + file + " is complete")
                .isEqualTo(DeckJson.toJson(deck));
        return deck;
    }

    /** Answers for {@code n} cards: reveal (flip) or a made-up typed answer, then a random grade. */
    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String answers(Random random, int n, String mode) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(mode.equals("flip") ? "" : "answer " + random.nextInt(100)).append('\n');
            sb.append(1 + random.nextInt(4)).append('\n');
        }
        return sb.toString();
    }

    /** A child JVM that edits the first card of {@code deck} in a loop ({@link EditLoop}). */
    private static Process editLoop(Path deck, Path home, Path out, Path errors) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        Path archive = Path.of("target/termdeck.jsa").toAbsolutePath();
        if (Files.exists(archive)) {
            // The launcher's class data sharing archive starts the loop twice as fast (it only saves time).
            cmd.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        cmd.addAll(List.of("-cp", Path.of("target/termdeck.jar").toAbsolutePath() + java.io.File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath(), EditLoop.class.getName(), deck.toString(),
                home.toString()));
        return new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(errors.toFile()).start();
    }

    /** The edit numbers of the complete {@code saved edit N} lines in {@code out}. */
    private static List<Long> edits(Path out) throws IOException {
        String text = Files.exists(out) ? Files.readString(out) : "";
        return text.lines().limit(text.endsWith("\n") ? Long.MAX_VALUE : Math.max(0, text.lines().count() - 1))
                .map(l -> Long.parseLong(l.substring("saved edit ".length()))).toList();
    }

    /** The entries of a zip file, each read through (which checks its CRC); a truncated zip does not open. */
    private static List<String> zipEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    in.readAllBytes();
                }
                names.add(e.getName());
            }
        }
        return names;
    }

    private static String[] concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
