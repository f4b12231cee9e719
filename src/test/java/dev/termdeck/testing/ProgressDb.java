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

    /** What {@code PRAGMA integrity_check} says: {@code ["ok"]} for a sound database. */
    public static List<String> integrity(Path db) throws SQLException {
        return column(db, "PRAGMA integrity_check");
    }

    /**
     * Cards whose stored state is not the state after their latest review-log row: an answer whose state and log
     * row were not written together. Empty for a consistent database.
     */
    public static List<String> statesNotMatchingTheirLastReview(Path db) throws SQLException {
        return column(db, "SELECT s.deck || '/' || s.card FROM card_state s WHERE NOT EXISTS (SELECT 1 FROM review_log l"
                + " WHERE l.id = (SELECT max(id) FROM review_log m WHERE m.deck = s.deck AND m.card = s.card)"
                + " AND l.phase = s.phase AND l.reps = s.reps AND l.lapses = s.lapses AND l.due = s.due)"
                + " OR s.reps <> (SELECT count(*) FROM review_log n WHERE n.deck = s.deck AND n.card = s.card)");
    }
}
