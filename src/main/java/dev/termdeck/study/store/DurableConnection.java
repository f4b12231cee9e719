package dev.termdeck.study.store;

import dev.termdeck.study.store.ProgressStoreException.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The connection to a progress database and the guard around every write to it, so that a write that returns is in
 * the database file itself and a damaged database is never written to again.
 *
 * <p>Each write is one {@code BEGIN IMMEDIATE} transaction (WAL journal, busy timeout, retried while the database
 * stays busy), so two processes writing at once serialize on the write lock. After each commit, a checkpoint copies
 * the change from the write-ahead log into the database file (a program deleting {@code progress.db-wal} would
 * otherwise take it along), and a log deleted under the connection makes it open a new one. Before each write the
 * database file is checked to be the one opened, no shorter than after the last write and still a database
 * ({@link DatabaseFiles}); the first sign of damage, from that check or from SQLite, fails that write and every later
 * one, naming the newest daily backup ({@link ProgressBackups}).
 *
 * <p>Prepared statements are cached by their SQL and made again after a reconnect. Not thread-safe: used under the
 * {@link ProgressStore}'s lock. SQLite's own part (opening, WAL mode, its busy codes) is {@link SqliteConnections}'.
 */
final class DurableConnection implements AutoCloseable {
    private static final int RETRIES = 3;

    /** Work done on the connection (inside a transaction, for a write). */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

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

    private DurableConnection(Path file, Connection conn, Duration busyTimeout) {
        this.file = file;
        this.conn = conn;
        this.busyTimeout = busyTimeout;
    }

    /**
     * Connects to the database {@code file} (an absolute path, created if missing), checks its schema version and
     * brings an older schema up to date.
     */
    static DurableConnection open(Path file, Duration busyTimeout) {
        Connection conn = null;
        try {
            conn = SqliteConnections.connect(file, busyTimeout);
            DurableConnection db = new DurableConnection(file, conn, busyTimeout);
            db.prepare();
            return db;
        } catch (SQLException e) {
            SqliteConnections.closeQuietly(conn);
            throw ProgressStoreException.opening(file, e);
        } catch (ProgressStoreException e) {
            SqliteConnections.closeQuietly(conn);
            // Creating the schema runs in a transaction, whose errors speak of answers; none was given yet.
            throw e.getCause() instanceof SQLException sql ? ProgressStoreException.opening(file, sql) : e;
        } catch (RuntimeException e) {
            SqliteConnections.closeQuietly(conn);
            throw e;
        }
    }

    private void prepare() throws SQLException {
        try (Statement st = conn.createStatement()) {
            int version = ProgressSchema.check(st, file);
            wal = SqliteConnections.switchToWal(st, busyTimeout);
            // FULL: each committed answer survives a power cut, not only a crash of termdeck.
            st.execute("PRAGMA synchronous=FULL");
            if (version < ProgressSchema.VERSION) {
                inTransaction(() -> ProgressSchema.migrate(st));
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

    /** The database file. */
    Path file() {
        return file;
    }

    /** The statement for {@code sql}, prepared once and kept until the connection is replaced or closed. */
    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = conn.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Runs {@code work}, which only reads, outside a transaction; its errors in the user's terms. */
    <T> T read(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * A change the learner is told about once it returns: refused at once after the first sign of damage; the files
     * checked first ({@link DatabaseFiles#checkSound}: a database cut short or replaced since the last write is
     * damage SQLite would not see through its cache); then the transaction, and {@link #secure} before returning.
     */
    <T> T write(Work<T> work) {
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
     * Writes a consistent copy of the whole database to {@code target} (which must not exist), with
     * {@code VACUUM INTO}.
     */
    void copyTo(Path target) {
        closeStatements(); // VACUUM runs only with no statement of the connection in progress; they are made again
        try (Statement st = conn.createStatement()) {
            st.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Caps the database size of this connection, to make a full disk reproducible in tests. */
    void limitPages(int pages) {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA max_page_count = " + pages);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void close() {
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
        SqliteConnections.closeQuietly(conn);
        try {
            conn = SqliteConnections.connect(file, busyTimeout);
            prepare();
        } catch (SQLException e) {
            throw ProgressStoreException.opening(file, e);
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
                        SqliteConnections.rollbackQuietly(st);
                    }
                }
            } catch (SQLException e) {
                if (!SqliteConnections.isBusy(e) || attempt >= RETRIES) {
                    throw fail(e);
                }
            }
        }
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
}
