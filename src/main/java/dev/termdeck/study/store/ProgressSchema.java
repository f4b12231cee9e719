package dev.termdeck.study.store;

import dev.termdeck.study.store.ProgressStoreException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema of the progress database: its version is {@code PRAGMA user_version}, and an older database is brought
 * up to {@link #VERSION} by the scripts {@code progress-schema-N.sql} (version N over N - 1), one a version. A
 * database from a newer termdeck is refused before anything is written to it. Stateless.
 */
final class ProgressSchema {
    /** The schema version this build reads and writes. */
    static final int VERSION = 2;

    private ProgressSchema() {
    }

    /**
     * The schema version of the database under {@code st}; reading it first fails fast, with SQLITE_NOTADB, on a file
     * that is not a database.
     *
     * @throws ProgressStoreException ({@link Problem#NEWER}) when the database is from a newer termdeck
     */
    static int check(Statement st, Path file) throws SQLException {
        int version = userVersion(st);
        if (version > VERSION) {
            throw new ProgressStoreException(Problem.NEWER, file, "the progress database is from a newer termdeck"
                    + " (schema " + version + ", this one reads " + VERSION + "); update termdeck", null);
        }
        return version;
    }

    /**
     * Brings the database under {@code st} up to {@link #VERSION}; to be run in a write transaction. Does nothing
     * when another process migrated it while this one waited for the lock.
     */
    static Void migrate(Statement st) throws SQLException {
        int version = userVersion(st);
        if (version >= VERSION) {
            return null;
        }
        for (int v = version + 1; v <= VERSION; v++) {
            for (String sql : statements(v)) {
                st.execute(sql);
            }
        }
        st.execute("PRAGMA user_version = " + VERSION);
        return null;
    }

    private static int userVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * The statements of {@code progress-schema-N.sql} (version N over N - 1): split at semicolons ending a line,
     * comments dropped.
     */
    static List<String> statements(int version) {
        String text;
        try (InputStream in = ProgressSchema.class.getResourceAsStream("progress-schema-" + version + ".sql")) {
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
}
