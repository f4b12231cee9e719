package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.bench.SyntheticDeck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.reliability.PlainStudy.Answer;
import dev.termdeck.testing.Launcher;
import dev.termdeck.testing.ProgressDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while {@code termdeck study} creates the progress database, the moment {@link CrashSafetyIT}'s random kills
 * reach only now and then (when the first run to get that far is one killed during start-up): SQLite has made
 * {@code progress.db}, and the transaction that creates its tables has not committed, so the file has no tables yet.
 * Nothing was acknowledged, so nothing may be logged; the next study must create the tables and save its answers.
 * Each run polls for the file and kills as it appears (at once in the first run, up to 4 ms later in the others).
 * Run on the test helpers of before this test was added, it fails with {@code no such table: review_log}: they took
 * an existing file for a database with its schema (CrashSafetyIT's one failure under load, in the previous session).
 */
class ProgressCreationKillIT {
    private static final long SEED = Long.getLong("termdeck.crash.seed", System.nanoTime());
    private static final int RUNS = Integer.getInteger("termdeck.creation.kills", 4);

    @TempDir
    Path work;

    @BeforeAll
    static void launcherIsReady() throws Exception {
        Launcher.warmUp();
        System.out.printf("creation kills: seed %d (replay with -Dtermdeck.crash.seed=%d)%n", SEED, SEED);
    }

    @Test
    void aKillWhileTheDatabaseIsCreatedLosesNothingAndTheNextStudyCreatesItsTables() throws Exception {
        Random random = new Random(SEED);
        Path deck = work.resolve("decks/create.deck.json");
        DeckJson.write(deck, SyntheticDeck.generate("create", 200, new Random(SEED)));
        int withoutTables = 0;
        for (int run = 0; run < RUNS; run++) {
            String where = "seed " + SEED + ", run " + run;
            Path home = work.resolve("data-" + run);
            Path db = home.resolve("progress.db");
            List<Answer> acked;
            try (PlainStudy study = PlainStudy.start(home, work, List.of("--new", "100000", deck.toString()))) {
                study.feed("\n3\n".repeat(40));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.exists(db) && study.alive() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(20_000);
                }
                assertThat(Files.exists(db)).as(where + ": the database is created; " + study.output()).isTrue();
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(run == 0 ? 0 : random.nextInt(4000)));
                study.kill();
                acked = study.acknowledged();
                assertThat(study.errors()).as(where).doesNotContain("Exception", "\tat ");
            }
            List<Answer> logged = PlainStudy.loggedSince(db, 0);
            assertThat(logged.size()).as(where + ": logged " + logged + ", acknowledged " + acked)
                    .isBetween(acked.size(), acked.size() + 1);
            assertThat(logged.subList(0, acked.size())).as(where).isEqualTo(acked);
            assertThat(ProgressDb.integrity(db)).as(where).containsExactly("ok");
            withoutTables += ProgressDb.hasTable(db, "review_log") ? 0 : 1;

            Launcher.Result next = Launcher.run(home, work, "\n3\n\n2\n", "study", "--plain", "--lang", "en",
                    "--new", "100000", deck.toString());
            assertThat(next.exitCode()).as(where + ": the next study; " + next.err()).isZero();
            assertThat(next.out().lines().filter(l -> l.startsWith("saved "))).as(where).hasSize(2);
            assertThat(ProgressDb.number(db, "SELECT count(*) FROM review_log")).as(where)
                    .isEqualTo(logged.size() + 2L);
            assertThat(ProgressDb.integrity(db)).as(where).containsExactly("ok");
            assertThat(ProgressDb.statesNotMatchingTheirLastReview(db)).as(where).isEmpty();
        }
        System.out.printf("creation kills: %d of %d left progress.db without its tables; the next study created them"
                + " and saved its answers%n", withoutTables, RUNS);
    }
}
