package dev.termdeck.study.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;

/**
 * SQLite's part of a {@link DurableConnection}: opening a connection with a busy timeout, switching the database to
 * WAL mode while another process may hold the write lock, SQLite's busy codes, and closing or rolling back quietly
 * when another error is the one to report. Stateless.
 */
final class SqliteConnections {
    private SqliteConnections() {
    }

    /** A connection to the database {@code file}, waiting up to {@code busyTimeout} for another's lock. */
    static Connection connect(Path file, Duration busyTimeout) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Puts the database in WAL mode; whether it is. SQLite changes the journal mode in a read transaction that it
     * then upgrades to a write one, and refuses the upgrade at once, without calling the busy handler, while another
     * connection holds the write lock: another termdeck creating the same new database at the same moment (or
     * switching an old one). That refusal is retried, with pauses growing to 50 ms, until the busy timeout has
     * passed, so opening waits for a lock as every write does.
     */
    static boolean switchToWal(Statement st, Duration busyTimeout) throws SQLException {
        long deadline = System.nanoTime() + busyTimeout.toNanos();
        for (long pause = 1; ; pause = Math.min(2 * pause, 50)) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode=WAL")) {
                return rs.next() && "wal".equalsIgnoreCase(rs.getString(1));
            } catch (SQLException e) {
                if (!isBusy(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether {@code e} is SQLite's "database busy" or "table locked". */
    static boolean isBusy(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 5 || code == 6;
    }

    /** Rolls back, ignoring an error (the original error is what matters). */
    static void rollbackQuietly(Statement st) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back (e.g. on SQLITE_FULL); the original error is what matters.
        }
    }

    /** Closes {@code c} (may be null), ignoring an error. */
    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Already failing; the first error is the one reported.
            }
        }
    }
}
