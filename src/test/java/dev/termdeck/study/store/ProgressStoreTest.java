package dev.termdeck.study.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.termdeck.study.store.ProgressStoreException.Problem;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.CardState;
import dev.termdeck.study.schedule.Fsrs;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.schedule.Phase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    /** The scheduler without fuzz: {@code RANDOM} is never asked. */
    private static final Fsrs FSRS = new Fsrs(FsrsParameters.defaults().withFuzz(false));
    private static final Random RANDOM = new Random(7);

    @Test
    void recordsStateAndLogInOneTransactionAndReadsThemBack() {
        Path db = dir.resolve("data/progress.db");
        Review r;
        try (ProgressStore store = ProgressStore.open(db)) {
            r = answer(store, "emergent-ability", Grade.GOOD, T0.plusNanos(123_456));
        }
        try (ProgressStore store = ProgressStore.open(db)) {
            CardState s = store.state(new CardKey("ml", "emergent-ability")).orElseThrow();

            assertThat(s).isEqualTo(r.after());
            assertThat(s.phase()).isEqualTo(Phase.LEARNING);
            assertThat(r.before().isNew()).isTrue();
            assertThat(store.reviews(List.of("ml"), T0)).singleElement().satisfies(back -> {
                assertThat(back.id()).isEqualTo(r.id());
                assertThat(back.grade()).isEqualTo(Grade.GOOD);
                assertThat(back.answer()).isEqualTo("typed");
                assertThat(back.direction()).isEqualTo(Direction.EN_ZH);
                assertThat(back.mode()).isEqualTo(Mode.TYPE);
                assertThat(back.elapsedMs()).isEqualTo(1500);
                assertThat(back.before()).isEqualTo(r.before());
                assertThat(back.after()).isEqualTo(r.after());
            });
        }
    }

    @Test
    void schemaVersionIsSetAndWalIsOn() throws Exception {
        Path db = dir.resolve("progress.db");
        ProgressStore.open(db).close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertThat(scalar(st, "PRAGMA user_version")).isEqualTo("2");
            assertThat(scalar(st, "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void aVersionOneDatabaseIsBroughtUpToDateKeepingItsProgress() throws Exception {
        Path db = dir.resolve("progress.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            String schema = new String(ProgressStore.class.getResourceAsStream("progress-schema-1.sql")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String sql : schema.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            st.execute("INSERT INTO card_state VALUES ('ml', 'a', 'review', 0, 3.0, 5.0, 0, 0, 1, 0)");
            st.execute("PRAGMA user_version = 1");
        }

        try (ProgressStore store = ProgressStore.open(db)) {
            assertThat(store.state(new CardKey("ml", "a"))).isPresent();
            store.mark(new CardKey("ml", "a"), CardMark.NONE.withSuspended(true));
            assertThat(store.marks("ml")).containsEntry("a", CardMark.NONE.withSuspended(true));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertThat(scalar(st, "PRAGMA user_version")).isEqualTo("2");
        }
    }

    @Test
    void marksAreStoredPerCardAndAMarkOfNothingLeavesNoRow() {
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"))) {
            CardKey a = new CardKey("ml", "a");
            CardMark buried = new CardMark(false, T0.plusSeconds(3600), true);
            store.mark(a, buried);
            store.mark(new CardKey("other", "a"), CardMark.NONE.withSuspended(true));

            assertThat(store.marks("ml")).containsExactly(java.util.Map.entry("a", buried));
            assertThat(buried.keepsOut(T0)).isTrue();
            assertThat(buried.keepsOut(T0.plusSeconds(3600))).isFalse();

            store.mark(a, CardMark.NONE);
            assertThat(store.marks("ml")).isEmpty();
        }
    }

    @Test
    void undoRestoresTheStateBeforeAndRemovesTheLogRow() {
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"))) {
            Review first = answer(store, "a", Grade.GOOD, T0);
            Review second = answer(store, "a", Grade.AGAIN, T0.plusSeconds(600));

            store.undo(second);

            assertThat(store.state(new CardKey("ml", "a"))).contains(first.after());
            assertThat(store.reviews(List.of("ml"), T0)).extracting(Review::id).containsExactly(first.id());
            store.undo(first);
            assertThat(store.state(new CardKey("ml", "a"))).isEmpty();
            assertThat(store.reviews(List.of("ml"), T0)).isEmpty();
        }
    }

    @Test
    void undoIsRefusedWhenTheCardWasStudiedSinceInAnotherConnection() {
        Path db = dir.resolve("p.db");
        try (ProgressStore mine = ProgressStore.open(db); ProgressStore other = ProgressStore.open(db)) {
            Review r = answer(mine, "a", Grade.GOOD, T0);
            answer(other, "a", Grade.GOOD, T0.plusSeconds(600));

            assertThatThrownBy(() -> mine.undo(r)).isInstanceOf(ProgressStoreException.class)
                    .satisfies(e -> assertThat(((ProgressStoreException) e).problem())
                            .isEqualTo(Problem.CHANGED_SINCE));
            assertThat(mine.reviews(List.of("ml"), T0)).hasSize(2);
        }
    }

    @Test
    void aFileThatIsNotADatabaseGivesOneLineAndIsLeftAlone() throws IOException {
        Path db = dir.resolve("p.db");
        byte[] junk = "this is not sqlite, it is a text file someone saved here\n".repeat(200)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(db, junk);

        assertThatThrownBy(() -> ProgressStore.open(db))
                .isInstanceOf(ProgressStoreException.class)
                .hasMessage(db + ": not a termdeck progress database, or damaged; move it aside to start afresh"
                        + " (your decks are not affected)");
        assertThat(Files.readAllBytes(db)).isEqualTo(junk);
    }

    @Test
    void aReadOnlyDatabaseIsReportedBeforeStudying() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write a read-only file");
        Path db = dir.resolve("p.db");
        ProgressStore.open(db).close();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assertThatThrownBy(() -> ProgressStore.open(db))
                    .isInstanceOf(ProgressStoreException.class)
                    .satisfies(e -> assertThat(((ProgressStoreException) e).problem()).isEqualTo(Problem.READ_ONLY))
                    .hasMessageNotContaining("\n");
        } finally {
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aWriteRefusedAsReadOnlyBySqliteGivesOneLine() throws Exception {
        Path db = dir.resolve("p.db");
        ProgressStore.open(db).close();
        java.sql.SQLException refused;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             Statement st = c.createStatement()) {
            refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> st.execute("DELETE FROM card_state"));
        }

        ProgressStoreException e = ProgressStoreException.of(db, refused);

        assertThat(e.problem()).isEqualTo(Problem.READ_ONLY);
        assertThat(e.getMessage()).isEqualTo(db + ": the progress database is read-only, so progress cannot be saved");
    }

    @Test
    void aFullDiskLosesOnlyTheAnswerBeingWritten() {
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"))) {
            Review kept = answer(store, "kept", Grade.GOOD, T0);
            store.limitPages(1);
            String longAnswer = "x".repeat(20_000);

            assertThatThrownBy(() -> store.record(new GradedAnswer(T0, new CardKey("ml", "b"), Direction.EN_ZH,
                    Mode.TYPE, Grade.GOOD, longAnswer, 5), s -> FSRS.review(s, Grade.GOOD, T0, RANDOM)))
                    .isInstanceOf(ProgressStoreException.class)
                    .satisfies(e -> assertThat(((ProgressStoreException) e).problem()).isEqualTo(Problem.FULL));
            assertThat(store.reviews(List.of("ml"), T0)).extracting(Review::id).containsExactly(kept.id());
            assertThat(store.state(new CardKey("ml", "b"))).isEmpty();
        }
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        Path db = dir.resolve("p.db");
        ProgressStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }

        assertThatThrownBy(() -> ProgressStore.open(db)).hasMessageContaining("newer termdeck");
    }

    @Test
    void progressIsPerDeckAndCardId() {
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"))) {
            answer(store, "a", Grade.GOOD, T0);
            store.record(new GradedAnswer(T0, new CardKey("other", "a"), Direction.ZH_EN, Mode.FLIP, Grade.EASY,
                    null, 0), s -> FSRS.review(s, Grade.EASY, T0, RANDOM));

            assertThat(store.states("ml").get("a").phase()).isEqualTo(Phase.LEARNING);
            assertThat(store.states("other").get("a").phase()).isEqualTo(Phase.REVIEW);
        }
    }

    @Test
    void countsNewCardsAndReviewsSinceATime() {
        try (ProgressStore store = ProgressStore.open(dir.resolve("p.db"))) {
            answer(store, "a", Grade.GOOD, T0);
            answer(store, "a", Grade.GOOD, T0.plusSeconds(600));
            Review easy = answer(store, "b", Grade.EASY, T0.plusSeconds(700));
            answer(store, "b", Grade.GOOD, easy.after().due());
            answer(store, "c", Grade.GOOD, T0.minusSeconds(3600));

            assertThat(store.countsSince(List.of("ml", "other"), T0)).isEqualTo(new ProgressStore.DayCounts(2, 1));
        }
    }

    /** Records an answer to card {@code card} of deck ml, as a study session does. */
    static Review answer(ProgressStore store, String card, Grade grade, Instant at) {
        return store.record(new GradedAnswer(at, new CardKey("ml", card), Direction.EN_ZH, Mode.TYPE, grade, "typed",
                1500), s -> FSRS.review(s, grade, at, RANDOM));
    }

    /** The first column of the first row {@code sql} gives. */
    static String scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
