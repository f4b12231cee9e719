package dev.termdeck.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a progress database the way an outside tool would (its own JDBC connection, opened and closed per call), to
 * check what termdeck committed. Stateless.
 */
public final class ProgressDb {
    private ProgressDb() {
    }

    /** The first column of every row of {@code sql}, as text. */
    public static List<String> column(Path db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The single value {@code sql} selects, as a long. */
    public static long number(Path db, String sql) throws SQLException {
        return Long.parseLong(column(db, sql).get(0));
    }

    /**
     * Whether {@code db} exists and has the table {@code name}: a database whose creation a kill cut short is a file
     * without tables (empty, or SQLite's header alone) until the next termdeck opening it creates them.
     */
    public static boolean hasTable(Path db, String name) throws SQLException {
        return java.nio.file.Files.exists(db) && number(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                + " AND name = '" + name.replace("'", "''") + "'") > 0;
    }

    /** What {@code PRAGMA integrity_check} says: {@code ["ok"]} for a sound database. */
    public static List<String> integrity(Path db) throws SQLException {
        return column(db, "PRAGMA integrity_check");
    }

    /**
     * Cards whose stored state is not the state after their latest review-log row: an answer whose state and log
     * row were not written together. Empty for a consistent database.
     */
    public static List<String> statesNotMatchingTheirLastReview(Path db) throws SQLException {
        // One pass over the log (grouped once), not a scan of it per card: the crash test runs this after every kill
        // on a log of thousands of rows.
        return column(db, "WITH last AS (SELECT deck, card, max(id) AS id, count(*) AS n FROM review_log"
                + " GROUP BY deck, card)"
                + " SELECT s.deck || '/' || s.card FROM card_state s"
                + " LEFT JOIN last ON last.deck = s.deck AND last.card = s.card"
                + " LEFT JOIN review_log l ON l.id = last.id"
                + " WHERE l.id IS NULL OR l.phase <> s.phase OR l.reps <> s.reps OR l.lapses <> s.lapses"
                + " OR l.due <> s.due OR s.reps <> last.n");
    }
}
