package dev.termdeck.study.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.schedule.CardState;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.store.ProgressStoreException.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress store beside other writers: two connections, a lock another connection holds, two processes at once
 * ({@link StoreWriter}) and one killed while it writes.
 */
class ConcurrentWritersTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void twoConnectionsInterleavingLoseNoAnswer() {
        Path db = dir.resolve("p.db");
        try (ProgressStore a = ProgressStore.open(db); ProgressStore b = ProgressStore.open(db)) {
            for (int i = 0; i < 20; i++) {
                ProgressStoreTest.answer(a, "c" + (i % 3), Grade.GOOD, T0.plusSeconds(i));
                ProgressStoreTest.answer(b, "c" + (i % 3), Grade.HARD, T0.plusSeconds(i));
            }
            assertThat(a.reviews(List.of("ml"), T0)).hasSize(40);
            int reps = a.states("ml").values().stream().mapToInt(CardState::reps).sum();
            assertThat(reps).isEqualTo(40);
        }
    }

    /**
     * Another connection holding the write lock while a new database is opened (two termdeck processes creating it
     * at once, or the study head start beside a second open): SQLite switches the journal mode in a read transaction
     * upgraded to a write one and refuses the upgrade at once, without its busy handler. The open waits for the lock
     * as for any other (between attempts the opener sleeps: TIMED_WAITING) and opens once it is released.
     */
    @Test
    void openingANewDatabaseWaitsForAWriteLockHeldByAnotherConnection() throws Exception {
        Path db = dir.resolve("p.db");
        try (Connection locker = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = locker.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            FutureTask<ProgressStore> opening = new FutureTask<>(() -> ProgressStore.open(db, Duration.ofSeconds(60)));
            Thread opener = new Thread(opening, "opener");
            opener.start();
            while (!opening.isDone() && opener.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            assertThat(opening.isDone()).as("the open gave up at once instead of waiting for the lock").isFalse();
            st.execute("ROLLBACK");
            try (ProgressStore store = opening.get(60, TimeUnit.SECONDS)) {
                ProgressStoreTest.answer(store, "a", Grade.GOOD, T0);
                assertThat(store.reviews(List.of("ml"), T0)).hasSize(1);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
        }
    }

    @Test
    void openingANewDatabaseGivesUpOnALockHeldPastTheBusyTimeout() throws Exception {
        Path db = dir.resolve("p.db");
        try (Connection locker = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = locker.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> ProgressStore.open(db, Duration.ofMillis(100)))
                    .isInstanceOf(ProgressStoreException.class)
                    .satisfies(e -> assertThat(((ProgressStoreException) e).problem()).isEqualTo(Problem.LOCKED));
            st.execute("ROLLBACK");
        }
        try (ProgressStore store = ProgressStore.open(db)) {
            assertThat(store.states("ml")).isEmpty();
        }
    }

    @Test
    void twoProcessesAtOnceLoseNoAnswer() throws Exception {
        Path db = dir.resolve("p.db");
        ProgressStore.open(db).close();
        Process p1 = writer(db, 150, 5);
        Process p2 = writer(db, 150, 5);
        assertThat(p1.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p2.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p1.exitValue()).as(stderr(p1)).isZero();
        assertThat(p2.exitValue()).as(stderr(p2)).isZero();

        try (ProgressStore store = ProgressStore.open(db)) {
            assertThat(store.reviews(List.of("ml"), Instant.EPOCH)).hasSize(300);
            Map<String, CardState> states = store.states("ml");
            assertThat(states).hasSize(5);
            assertThat(states.values()).allSatisfy(s -> assertThat(s.reps()).isEqualTo(60));
        }
    }

    @Test
    void aKilledProcessLeavesEveryCommittedAnswerWholeAndTheDatabaseUsable() throws Exception {
        Path db = dir.resolve("p.db");
        ProgressStore.open(db).close();
        Process p = writer(db, -1, 7);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("started");
            // Killed in the middle of writing, once 20 answers are known to be committed.
            assertThat(out.readLine()).isEqualTo("committed 10");
            assertThat(out.readLine()).isEqualTo("committed 20");
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertThat(ProgressStoreTest.scalar(st, "PRAGMA integrity_check")).isEqualTo("ok");
        }
        try (ProgressStore store = ProgressStore.open(db)) {
            List<Review> log = store.reviews(List.of("ml"), Instant.EPOCH);
            int reps = store.states("ml").values().stream().mapToInt(CardState::reps).sum();
            assertThat(log).hasSizeGreaterThanOrEqualTo(20);
            assertThat(reps).isEqualTo(log.size());
            ProgressStoreTest.answer(store, "after-kill", Grade.GOOD, Instant.now());
        }
    }

    @Test
    void aLockHeldTooLongGivesOneLineAndTheAnswerIsNotHalfWritten() throws Exception {
        Path db = dir.resolve("p.db");
        try (ProgressStore store = ProgressStore.open(db, Duration.ofMillis(200));
             Connection locker = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = locker.createStatement()) {
            st.execute("BEGIN IMMEDIATE");

            assertThatThrownBy(() -> ProgressStoreTest.answer(store, "a", Grade.GOOD, T0))
                    .isInstanceOf(ProgressStoreException.class)
                    .satisfies(e -> assertThat(((ProgressStoreException) e).problem()).isEqualTo(Problem.LOCKED));
            st.execute("ROLLBACK");
            assertThat(store.state(new CardKey("ml", "a"))).isEmpty();
            ProgressStoreTest.answer(store, "a", Grade.GOOD, T0);
            assertThat(store.reviews(List.of("ml"), T0)).hasSize(1);
        }
    }

    private static Process writer(Path db, long answers, int cards) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(StoreWriter.class.getName());
        cmd.add(db.toString());
        cmd.add("ml");
        cmd.add(Long.toString(answers));
        cmd.add(Integer.toString(cards));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    private static String stderr(Process p) {
        try {
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
