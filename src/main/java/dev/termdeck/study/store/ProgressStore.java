package dev.termdeck.study.store;

import dev.termdeck.study.store.ProgressStoreException.Problem;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.schedule.CardState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sqlite.SQLiteConfig;

/**
 * The progress database: one SQLite file with the scheduling state of every studied card, keyed by (deck, card id),
 * and an append-only review log. The only class that speaks JDBC to it.
 *
 * <p>Each answer is one {@code BEGIN IMMEDIATE} transaction that reads the card's current state, computes the next
 * one and writes both the state and the log row, so two processes studying at once serialize on the write lock and
 * neither loses an answer (WAL journal, busy timeout, retry). Undo removes the log row the answer added and restores
 * the state before it, in one transaction; rows are otherwise never changed. What a learner marked on a card
 * (suspended, buried, flagged: {@link CardMark}) is kept beside the states. Times are stored as epoch milliseconds.
 * The schema version is {@code PRAGMA user_version}; an older database is brought up to it (one script a version).
 *
 * <p>An answer is acknowledged only once it is in the database file itself: after each commit, a checkpoint copies
 * it from the write-ahead log (which a program deleting {@code progress.db-wal} would otherwise take along), and a log
 * deleted under the connection makes it open a new one. Before each write the database file is checked to be the one
 * opened, no shorter than after the last write and still a database ({@link DatabaseFiles}); the first sign of damage,
 * from that check or from SQLite, fails that write and every later one, naming the newest daily backup
 * ({@link ProgressBackups}).
 *
 * <p>Errors become a {@link ProgressStoreException} with a one-line message naming the file. Not thread-safe: one
 * thread uses a store at a time (methods are synchronized as a guard). Longer than most classes because all of the
 * progress database's SQL is kept here, in one place; the mapping of rows to values is {@link ProgressRows}, the
 * schema {@code progress-schema-N.sql}.
 */
public final class ProgressStore implements AutoCloseable {
    /** The schema version this build reads and writes. */
    public static final int SCHEMA_VERSION = 2;
    /** How long to wait for another process's write lock before giving up. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
    private static final int RETRIES = 3;

    private final Path file;
    private final Duration busyTimeout;
    /** Replaced when the write-ahead log was deleted under it (see {@link #secure}). */
    private Connection conn;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** The files under the connection, checked around each write; null until prepared. */
    private DatabaseFiles files;
    /** Whether the database is in WAL mode (SQLite falls back to a rollback journal where WAL cannot work). */
    private boolean wal;
    /** Set at the first sign of damage: from then on every write fails with it, and nothing more is acknowledged. */
    private ProgressStoreException damaged;

    private ProgressStore(Path file, Connection conn, Duration busyTimeout) {
        this.file = file;
        this.conn = conn;
        this.busyTimeout = busyTimeout;
    }

    /** Opens (creating if needed) the progress database at {@code file}. */
    public static ProgressStore open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /** Opens the database, waiting up to {@code busyTimeout} for another process's lock. */
    public static ProgressStore open(Path file, Duration busyTimeout) {
        Path abs = file.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new ProgressStoreException(Problem.CANNOT_OPEN, abs,
                    "cannot create the directory for the progress database (" + e.getClass().getSimpleName() + ")", e);
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new ProgressStoreException(Problem.READ_ONLY, abs,
                    "the progress database is read-only, so progress cannot be saved", null);
        }
        SqliteNative.useCache(abs.getParent().resolve("cache"));
        Connection conn = null;
        try {
            conn = connect(abs, busyTimeout);
            ProgressStore store = new ProgressStore(abs, conn, busyTimeout);
            store.prepare();
            return store;
        } catch (SQLException e) {
            closeQuietly(conn);
            throw ProgressStoreException.opening(abs, e);
        } catch (ProgressStoreException e) {
            closeQuietly(conn);
            // Creating the schema runs in a transaction, whose errors speak of answers; none was given yet.
            throw e.getCause() instanceof SQLException sql ? ProgressStoreException.opening(abs, sql) : e;
        } catch (RuntimeException e) {
            closeQuietly(conn);
            throw e;
        }
    }

    private static Connection connect(Path file, Duration busyTimeout) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private void prepare() throws SQLException {
        try (Statement st = conn.createStatement()) {
            // Reading the schema first fails fast, with SQLITE_NOTADB, on a file that is not a database.
            int version = userVersion(st);
            if (version > SCHEMA_VERSION) {
                throw new ProgressStoreException(Problem.NEWER, file, "the progress database is from a newer termdeck"
                        + " (schema " + version + ", this one reads " + SCHEMA_VERSION + "); update termdeck", null);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode=WAL")) {
                wal = rs.next() && "wal".equalsIgnoreCase(rs.getString(1));
            }
            // FULL: each committed answer survives a power cut, not only a crash of termdeck.
            st.execute("PRAGMA synchronous=FULL");
            if (version < SCHEMA_VERSION) {
                inTransaction(() -> migrate(st));
                checkpoint(); // the new schema in the database file, not only in the log
            }
        }
        try {
            files = DatabaseFiles.of(file);
        } catch (IOException e) {
            throw new ProgressStoreException(Problem.CANNOT_OPEN, file, "cannot open the progress database ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static int userVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private Void migrate(Statement st) throws SQLException {
        int version = userVersion(st);
        if (version >= SCHEMA_VERSION) {
            return null; // another process migrated while we waited for the lock
        }
        for (int v = version + 1; v <= SCHEMA_VERSION; v++) {
            for (String sql : schemaStatements(v)) {
                st.execute(sql);
            }
        }
        st.execute("PRAGMA user_version = " + SCHEMA_VERSION);
        return null;
    }

    /**
     * The statements of {@code progress-schema-N.sql} (version N over N - 1): split at semicolons ending a line,
     * comments dropped.
     */
    private static List<String> schemaStatements(int version) {
        String text;
        try (InputStream in = ProgressStore.class.getResourceAsStream("progress-schema-" + version + ".sql")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the progress schema is missing from the build", e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            sb.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                out.add(sb.toString().strip());
                sb.setLength(0);
            }
        }
        return out;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The stored state of every studied card of {@code deck}, by card id (cards never studied are absent). */
    public synchronized Map<String, CardState> states(String deck) {
        try {
            PreparedStatement ps = statement("SELECT card, " + ProgressRows.CARD_COLUMNS + " FROM card_state WHERE deck = ?");
            ps.setString(1, deck);
            Map<String, CardState> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), ProgressRows.readState(rs, 2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The stored state of one card, if it was ever studied. */
    public synchronized Optional<CardState> state(CardKey key) {
        try {
            return Optional.ofNullable(currentState(key));
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Stores an answer in one transaction: reads the card's current state (a new card if never studied), computes
     * the next state with {@code schedule}, writes it and appends the log row. Returns the stored review.
     */
    public synchronized Review record(GradedAnswer answer, UnaryOperator<CardState> schedule) {
        return write(() -> {
            CardState stored = currentState(answer.key());
            CardState before = stored != null ? stored : CardState.fresh(answer.time());
            CardState after = ProgressRows.truncate(schedule.apply(before));
            writeState(answer.key(), after);
            long id = appendLog(answer, before, after);
            return new Review(id, answer.time(), answer.key(), answer.direction(), answer.mode(), answer.grade(),
                    answer.answer(), answer.elapsedMs(), before, after);
        });
    }

    /**
     * Undoes a stored review: removes its log row and puts the card back in the state before it, in one transaction.
     *
     * @throws ProgressStoreException ({@link Problem#CHANGED_SINCE}) when the card was answered again since, in this
     *                                or another process; nothing is changed then
     */
    public synchronized void undo(Review review) {
        write(() -> {
            CardState current = currentState(review.key());
            if (current == null || !current.equals(review.after()) || !logRowExists(review.id())) {
                throw new ProgressStoreException(Problem.CHANGED_SINCE, file, "cannot undo the answer to '"
                        + review.key().card() + "': the card was studied again since", null);
            }
            PreparedStatement del = statement("DELETE FROM review_log WHERE id = ?");
            del.setLong(1, review.id());
            del.executeUpdate();
            if (review.before().isNew()) {
                PreparedStatement ps = statement("DELETE FROM card_state WHERE deck = ? AND card = ?");
                ps.setString(1, review.key().deck());
                ps.setString(2, review.key().card());
                ps.executeUpdate();
            } else {
                writeState(review.key(), review.before());
            }
            return null;
        });
    }

    /** What the learner marked on the cards of {@code deck}, by card id (cards with no mark are absent). */
    public synchronized Map<String, CardMark> marks(String deck) {
        try {
            PreparedStatement ps = statement("SELECT card, suspended, buried_until, flagged FROM card_mark"
                    + " WHERE deck = ?");
            ps.setString(1, deck);
            Map<String, CardMark> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long buried = rs.getLong(3);
                    Instant until = rs.wasNull() ? null : Instant.ofEpochMilli(buried);
                    out.put(rs.getString(1), new CardMark(rs.getInt(2) == 1, until, rs.getInt(4) == 1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Sets what the learner marked on a card, in one transaction; a mark of nothing removes the card's row. */
    public synchronized void mark(CardKey key, CardMark mark) {
        write(() -> {
            if (!mark.suspended() && !mark.flagged() && mark.buriedUntil() == null) {
                PreparedStatement del = statement("DELETE FROM card_mark WHERE deck = ? AND card = ?");
                del.setString(1, key.deck());
                del.setString(2, key.card());
                del.executeUpdate();
                return null;
            }
            PreparedStatement ps = statement("INSERT OR REPLACE INTO card_mark (deck, card, suspended, buried_until,"
                    + " flagged) VALUES (?, ?, ?, ?, ?)");
            ps.setString(1, key.deck());
            ps.setString(2, key.card());
            ps.setInt(3, mark.suspended() ? 1 : 0);
            if (mark.buriedUntil() == null) {
                ps.setNull(4, java.sql.Types.INTEGER);
            } else {
                ps.setLong(4, mark.buriedUntil().toEpochMilli());
            }
            ps.setInt(5, mark.flagged() ? 1 : 0);
            ps.executeUpdate();
            return null;
        });
    }

    /** The reviews of {@code decks} at or after {@code since}, oldest first. */
    public synchronized List<Review> reviews(Collection<String> decks, Instant since) {
        List<Review> out = new ArrayList<>();
        try {
            PreparedStatement ps = statement("SELECT " + ProgressRows.LOG_COLUMNS
                    + " FROM review_log WHERE deck = ? AND time >= ? ORDER BY time, id");
            for (String deck : decks) {
                ps.setString(1, deck);
                ps.setLong(2, since.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(ProgressRows.readReview(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        out.sort((a, b) -> a.time().equals(b.time()) ? Long.compare(a.id(), b.id()) : a.time().compareTo(b.time()));
        return out;
    }

    /** Caps the database size of this connection, to make a full disk reproducible in tests. */
    synchronized void limitPages(int pages) {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA max_page_count = " + pages);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * What was studied in {@code decks} since {@code since}: the number of distinct cards seen for the first time and
     * the number of answers to cards in review (what the daily limits count).
     */
    public synchronized DayCounts countsSince(Collection<String> decks, Instant since) {
        int fresh = 0;
        int reviews = 0;
        try {
            PreparedStatement ps = statement("SELECT count(DISTINCT CASE WHEN prev_phase = 'new' THEN card END),"
                    + " count(CASE WHEN prev_phase = 'review' THEN 1 END)"
                    + " FROM review_log WHERE deck = ? AND time >= ?");
            for (String deck : decks) {
                ps.setString(1, deck);
                ps.setLong(2, since.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    fresh += rs.getInt(1);
                    reviews += rs.getInt(2);
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        return new DayCounts(fresh, reviews);
    }

    /**
     * Counts for the daily limits.
     *
     * @param newCards cards seen for the first time
     * @param reviews  answers to cards in review
     */
    public record DayCounts(int newCards, int reviews) {
    }

    @Override
    public synchronized void close() {
        closeStatements();
        try {
            conn.close();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** {@code e} in the user's terms; damage is remembered, so that no later write is acknowledged. */
    private ProgressStoreException fail(SQLException e) {
        ProgressStoreException p = ProgressStoreException.of(file, e);
        if (p.problem() == Problem.DAMAGED) {
            damaged = p;
        }
        return p;
    }

    private void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // Closing a statement cannot lose data; the connection close reports real problems.
            }
        }
        statements.clear();
    }

    /** Work done inside a transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * A change the learner is told about once it returns: refused at once after the first sign of damage; the files
     * checked first ({@link DatabaseFiles#checkSound}: a database cut short or replaced since the last write is
     * damage SQLite would not see through its cache); then the transaction, and {@link #secure} before returning.
     */
    private <T> T write(Work<T> work) {
        if (damaged != null) {
            throw damaged;
        }
        try {
            files.checkSound();
            T result = inTransaction(work);
            secure();
            return result;
        } catch (ProgressStoreException e) {
            if (e.problem() == Problem.DAMAGED) {
                damaged = e;
            }
            throw e;
        }
    }

    /**
     * Makes a committed change survive the loss of the write-ahead log: a checkpoint copies it into the database
     * file (the log alone holds it until then, and a log deleted while termdeck runs takes it along at the next
     * kill); and when the log at its name is no longer the one this connection writes to (deleted or replaced), the
     * connection is opened again, so that later answers go to a log that is there. A checkpoint that another
     * process's reading holds back leaves the change in the log only, where a kill cannot lose it.
     */
    private void secure() {
        if (!wal) {
            return;
        }
        try {
            checkpoint();
        } catch (SQLException e) {
            ProgressStoreException p = ProgressStoreException.of(file, e);
            if (p.problem() == Problem.DAMAGED) {
                throw p;
            }
            // Busy or out of space: the change is committed in the log, which a kill does not lose.
        }
        files.noteSize();
        if (!files.logIsOurs()) {
            reconnect();
        }
    }

    private void checkpoint() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        }
    }

    /** A new connection in place of the one whose log was deleted (everything it wrote is checkpointed). */
    private void reconnect() {
        closeStatements();
        closeQuietly(conn);
        try {
            conn = connect(file, busyTimeout);
            prepare();
        } catch (SQLException e) {
            throw ProgressStoreException.opening(file, e);
        }
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} (which must not exist), with
     * {@code VACUUM INTO}: what {@link ProgressBackups} keeps.
     */
    synchronized void copyTo(Path target) {
        closeStatements(); // VACUUM runs only with no statement of the connection in progress; they are made again
        try (Statement st = conn.createStatement()) {
            st.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Runs {@code work} in a {@code BEGIN IMMEDIATE} transaction, retrying when the database stays busy. */
    private <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Statement st = conn.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                boolean committed = false;
                try {
                    T result = work.run();
                    st.execute("COMMIT");
                    committed = true;
                    return result;
                } finally {
                    if (!committed) {
                        rollbackQuietly(st);
                    }
                }
            } catch (SQLException e) {
                if (!isBusy(e) || attempt >= RETRIES) {
                    throw fail(e);
                }
            }
        }
    }

    private static void rollbackQuietly(Statement st) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back (e.g. on SQLITE_FULL); the original error is what matters.
        }
    }

    private CardState currentState(CardKey key) throws SQLException {
        PreparedStatement ps = statement("SELECT " + ProgressRows.CARD_COLUMNS + " FROM card_state WHERE deck = ? AND card = ?");
        ps.setString(1, key.deck());
        ps.setString(2, key.card());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? ProgressRows.readState(rs, 1) : null;
        }
    }

    private boolean logRowExists(long id) throws SQLException {
        PreparedStatement ps = statement("SELECT 1 FROM review_log WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private void writeState(CardKey key, CardState s) throws SQLException {
        PreparedStatement ps = statement("INSERT OR REPLACE INTO card_state (deck, card, " + ProgressRows.CARD_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, key.deck());
        ps.setString(2, key.card());
        ProgressRows.bindState(ps, 3, s);
        ps.executeUpdate();
    }

    private long appendLog(GradedAnswer a, CardState before, CardState after) throws SQLException {
        PreparedStatement ps = statement("INSERT INTO review_log (" + ProgressRows.LOG_COLUMNS.substring("id, ".length())
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setLong(1, a.time().toEpochMilli());
        ps.setString(2, a.key().deck());
        ps.setString(3, a.key().card());
        ps.setString(4, a.direction().code());
        ps.setString(5, a.mode().code());
        ps.setInt(6, a.grade().value());
        ps.setString(7, a.answer());
        ps.setLong(8, a.elapsedMs());
        ProgressRows.bindState(ps, 9, before);
        ProgressRows.bindState(ps, 17, after);
        ps.executeUpdate();
        try (ResultSet rs = statement("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = conn.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private static boolean isBusy(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 5 || code == 6;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Already failing; the first error is the one reported.
            }
        }
    }
}
