package dev.termdeck.testing;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What end-to-end tests wait for on the full-screen card screen: a card shown (the header's new, learning and review
 * counts, in English), and a number of answers committed to the progress database. Stateless.
 */
public final class StudyScreen {
    private static final Pattern COUNTS = Pattern.compile(".*\\d+ new · \\d+ learning · \\d+ review\\s*$");

    private StudyScreen() {
    }

    /** The card screen is showing (its header has the session's counts). */
    public static Predicate<String> cardShown() {
        return s -> COUNTS.matcher(s.lines().findFirst().orElse("")).matches();
    }

    /** The card screen is showing and {@code n} answers are in the progress database {@code db}. */
    public static Predicate<String> saved(Path db, int n) {
        return cardShown().and(s -> {
            try {
                return java.nio.file.Files.exists(db)
                        && ProgressDb.number(db, "SELECT count(*) FROM review_log") == n;
            } catch (SQLException e) {
                return false;
            }
        });
    }
}
