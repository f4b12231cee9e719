package dev.termdeck.study.store;

import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.schedule.CardState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the progress database's three tables, one statement a method: {@code card_state} (the scheduling state of
 * every studied card, keyed by deck and card id), {@code review_log} (append-only, one row an answer) and
 * {@code card_mark} (what a learner marked on a card). Rows are mapped to values by {@link ProgressRows}. Transactions,
 * and what a change means, are the {@link ProgressStore}'s: these methods run inside whatever it opened. Not
 * thread-safe: used under the store's lock.
 */
final class ProgressTables {
    private final DurableConnection db;

    ProgressTables(DurableConnection db) {
        this.db = db;
    }

    /** The stored state of every studied card of {@code deck}, by card id. */
    Map<String, CardState> states(String deck) throws SQLException {
        PreparedStatement ps = db.statement("SELECT card, " + ProgressRows.CARD_COLUMNS
                + " FROM card_state WHERE deck = ?");
        ps.setString(1, deck);
        Map<String, CardState> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), ProgressRows.readState(rs, 2));
            }
        }
        return out;
    }

    /** The stored state of one card, or null if it was never studied. */
    CardState state(CardKey key) throws SQLException {
        PreparedStatement ps = db.statement("SELECT " + ProgressRows.CARD_COLUMNS
                + " FROM card_state WHERE deck = ? AND card = ?");
        ps.setString(1, key.deck());
        ps.setString(2, key.card());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? ProgressRows.readState(rs, 1) : null;
        }
    }

    void putState(CardKey key, CardState s) throws SQLException {
        PreparedStatement ps = db.statement("INSERT OR REPLACE INTO card_state (deck, card, "
                + ProgressRows.CARD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, key.deck());
        ps.setString(2, key.card());
        ProgressRows.bindState(ps, 3, s);
        ps.executeUpdate();
    }

    void deleteState(CardKey key) throws SQLException {
        PreparedStatement ps = db.statement("DELETE FROM card_state WHERE deck = ? AND card = ?");
        ps.setString(1, key.deck());
        ps.setString(2, key.card());
        ps.executeUpdate();
    }

    /** Appends the log row of answer {@code a}, which took the card from {@code before} to {@code after}; its id. */
    long appendLog(GradedAnswer a, CardState before, CardState after) throws SQLException {
        PreparedStatement ps = db.statement("INSERT INTO review_log ("
                + ProgressRows.LOG_COLUMNS.substring("id, ".length())
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
        try (ResultSet rs = db.statement("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    boolean logRowExists(long id) throws SQLException {
        PreparedStatement ps = db.statement("SELECT 1 FROM review_log WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    void deleteLogRow(long id) throws SQLException {
        PreparedStatement del = db.statement("DELETE FROM review_log WHERE id = ?");
        del.setLong(1, id);
        del.executeUpdate();
    }

    /** The log rows of {@code decks} at or after {@code since}, oldest first (ties by id). */
    List<Review> reviews(Collection<String> decks, Instant since) throws SQLException {
        List<Review> out = new ArrayList<>();
        PreparedStatement ps = db.statement("SELECT " + ProgressRows.LOG_COLUMNS
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
        out.sort((a, b) -> a.time().equals(b.time()) ? Long.compare(a.id(), b.id()) : a.time().compareTo(b.time()));
        return out;
    }

    /** The distinct cards of {@code decks} first seen, and the answers to cards in review, since {@code since}. */
    ProgressStore.DayCounts countsSince(Collection<String> decks, Instant since) throws SQLException {
        int fresh = 0;
        int reviews = 0;
        PreparedStatement ps = db.statement("SELECT count(DISTINCT CASE WHEN prev_phase = 'new' THEN card END),"
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
        return new ProgressStore.DayCounts(fresh, reviews);
    }

    /** What the learner marked on the cards of {@code deck}, by card id. */
    Map<String, CardMark> marks(String deck) throws SQLException {
        PreparedStatement ps = db.statement("SELECT card, suspended, buried_until, flagged FROM card_mark"
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
    }

    /** Writes a card's mark; a mark of nothing removes the card's row. */
    void putMark(CardKey key, CardMark mark) throws SQLException {
        if (!mark.suspended() && !mark.flagged() && mark.buriedUntil() == null) {
            PreparedStatement del = db.statement("DELETE FROM card_mark WHERE deck = ? AND card = ?");
            del.setString(1, key.deck());
            del.setString(2, key.card());
            del.executeUpdate();
            return;
        }
        PreparedStatement ps = db.statement("INSERT OR REPLACE INTO card_mark (deck, card, suspended, buried_until,"
                + " flagged) VALUES (?, ?, ?, ?, ?)");
        ps.setString(1, key.deck());
        ps.setString(2, key.card());
        ps.setInt(3, mark.suspended() ? 1 : 0);
        if (mark.buriedUntil() == null) {
            ps.setNull(4, Types.INTEGER);
        } else {
            ps.setLong(4, mark.buriedUntil().toEpochMilli());
        }
        ps.setInt(5, mark.flagged() ? 1 : 0);
        ps.executeUpdate();
    }
}
