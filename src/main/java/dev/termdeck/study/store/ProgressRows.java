package dev.termdeck.study.store;

import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.CardState;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.schedule.MemoryState;
import dev.termdeck.study.schedule.Phase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Rows of the progress database as values: a card's scheduling state in 8 columns (in {@code card_state}, and twice,
 * before and after, in each {@code review_log} row) and a review-log row as a {@link Review}. Times are epoch
 * milliseconds; a new card's memory state is two NULLs.
 */
final class ProgressRows {
    /** The 8 columns of a card's state, in the order {@link #bindState} and {@link #readState} use. */
    static final String CARD_COLUMNS = "phase, step, stability, difficulty, due, last_review, reps, lapses";
    /** The columns of a review-log row, in the order {@link #readReview} reads. */
    static final String LOG_COLUMNS = "id, time, deck, card, direction, mode, grade, answer, elapsed_ms, "
            + "prev_phase, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, prev_reps, "
            + "prev_lapses, phase, step, stability, difficulty, due, last_review, reps, lapses";

    private ProgressRows() {
    }

    /** Binds the 8 columns of {@link #CARD_COLUMNS} from {@code index}. */
    static void bindState(PreparedStatement ps, int index, CardState s) throws SQLException {
        ps.setString(index, s.phase().name().toLowerCase(Locale.ROOT));
        ps.setInt(index + 1, s.step());
        if (s.memory() == null) {
            ps.setNull(index + 2, Types.REAL);
            ps.setNull(index + 3, Types.REAL);
        } else {
            ps.setDouble(index + 2, s.memory().stability());
            ps.setDouble(index + 3, s.memory().difficulty());
        }
        ps.setLong(index + 4, s.due().toEpochMilli());
        if (s.lastReview() == null) {
            ps.setNull(index + 5, Types.INTEGER);
        } else {
            ps.setLong(index + 5, s.lastReview().toEpochMilli());
        }
        ps.setInt(index + 6, s.reps());
        ps.setInt(index + 7, s.lapses());
    }

    /** Reads the 8 columns of {@link #CARD_COLUMNS} from {@code index}. */
    static CardState readState(ResultSet rs, int index) throws SQLException {
        Phase phase = Phase.valueOf(rs.getString(index).toUpperCase(Locale.ROOT));
        int step = rs.getInt(index + 1);
        double stability = rs.getDouble(index + 2);
        MemoryState memory = rs.wasNull() ? null : new MemoryState(stability, rs.getDouble(index + 3));
        Instant due = Instant.ofEpochMilli(rs.getLong(index + 4));
        long last = rs.getLong(index + 5);
        Instant lastReview = rs.wasNull() ? null : Instant.ofEpochMilli(last);
        return new CardState(phase, step, memory, due, lastReview, rs.getInt(index + 6), rs.getInt(index + 7));
    }

    static Review readReview(ResultSet rs) throws SQLException {
        String answer = rs.getString(8);
        return new Review(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), new CardKey(rs.getString(3),
                rs.getString(4)), Direction.of(rs.getString(5)), Mode.of(rs.getString(6)), Grade.of(rs.getInt(7)),
                answer, rs.getLong(9), readState(rs, 10), readState(rs, 18));
    }

    /** Stored times have millisecond precision; so does what {@link ProgressStore#record} returns, so undo can compare. */
    static CardState truncate(CardState s) {
        return new CardState(s.phase(), s.step(), s.memory(), s.due().truncatedTo(ChronoUnit.MILLIS),
                s.lastReview() == null ? null : s.lastReview().truncatedTo(ChronoUnit.MILLIS), s.reps(), s.lapses());
    }
}
