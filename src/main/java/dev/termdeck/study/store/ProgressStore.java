package dev.termdeck.study.store;

import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.schedule.CardState;
import dev.termdeck.study.store.ProgressStoreException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The progress database: one SQLite file with the scheduling state of every studied card, keyed by (deck, card id),
 * and an append-only review log. The one way study reaches it.
 *
 * <p>Each answer is one {@code BEGIN IMMEDIATE} transaction that reads the card's current state, computes the next
 * one and writes both the state and the log row, so two processes studying at once serialize on the write lock and
 * neither loses an answer. Undo removes the log row the answer added and restores the state before it, in one
 * transaction; rows are otherwise never changed. What a learner marked on a card (suspended, buried, flagged:
 * {@link CardMark}) is kept beside the states. Times are stored as epoch milliseconds.
 *
 * <p>An answer is acknowledged only once it is in the database file itself, and the first sign of damage fails every
 * later write, naming the newest daily backup: {@link DurableConnection}, the guard every write goes through. The
 * schema and its migrations are {@link ProgressSchema}, the SQL of each table {@link ProgressTables}, the mapping of
 * rows to values {@link ProgressRows}, the daily backups {@link ProgressBackups}.
 *
 * <p>Errors become a {@link ProgressStoreException} with a one-line message naming the file. Not thread-safe: one
 * thread uses a store at a time (methods are synchronized as a guard).
 */
public final class ProgressStore implements AutoCloseable {
    /** How long to wait for another process's write lock before giving up. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private final DurableConnection db;
    private final ProgressTables tables;

    private ProgressStore(DurableConnection db) {
        this.db = db;
        this.tables = new ProgressTables(db);
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
        return new ProgressStore(DurableConnection.open(abs, busyTimeout));
    }

    /** The database file. */
    public Path file() {
        return db.file();
    }

    /** The stored state of every studied card of {@code deck}, by card id (cards never studied are absent). */
    public synchronized Map<String, CardState> states(String deck) {
        return db.read(() -> tables.states(deck));
    }

    /** The stored state of one card, if it was ever studied. */
    public synchronized Optional<CardState> state(CardKey key) {
        return db.read(() -> Optional.ofNullable(tables.state(key)));
    }

    /**
     * Stores an answer in one transaction: reads the card's current state (a new card if never studied), computes
     * the next state with {@code schedule}, writes it and appends the log row. Returns the stored review.
     */
    public synchronized Review record(GradedAnswer answer, UnaryOperator<CardState> schedule) {
        return db.write(() -> {
            CardState stored = tables.state(answer.key());
            CardState before = stored != null ? stored : CardState.fresh(answer.time());
            CardState after = ProgressRows.truncate(schedule.apply(before));
            tables.putState(answer.key(), after);
            long id = tables.appendLog(answer, before, after);
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
        db.write(() -> {
            CardState current = tables.state(review.key());
            if (current == null || !current.equals(review.after()) || !tables.logRowExists(review.id())) {
                throw new ProgressStoreException(Problem.CHANGED_SINCE, db.file(), "cannot undo the answer to '"
                        + review.key().card() + "': the card was studied again since", null);
            }
            tables.deleteLogRow(review.id());
            if (review.before().isNew()) {
                tables.deleteState(review.key());
            } else {
                tables.putState(review.key(), review.before());
            }
            return null;
        });
    }

    /** What the learner marked on the cards of {@code deck}, by card id (cards with no mark are absent). */
    public synchronized Map<String, CardMark> marks(String deck) {
        return db.read(() -> tables.marks(deck));
    }

    /** Sets what the learner marked on a card, in one transaction; a mark of nothing removes the card's row. */
    public synchronized void mark(CardKey key, CardMark mark) {
        db.write(() -> {
            tables.putMark(key, mark);
            return null;
        });
    }

    /** The reviews of {@code decks} at or after {@code since}, oldest first. */
    public synchronized List<Review> reviews(Collection<String> decks, Instant since) {
        return db.read(() -> tables.reviews(decks, since));
    }

    /**
     * What was studied in {@code decks} since {@code since}: the number of distinct cards seen for the first time and
     * the number of answers to cards in review (what the daily limits count).
     */
    public synchronized DayCounts countsSince(Collection<String> decks, Instant since) {
        return db.read(() -> tables.countsSince(decks, since));
    }

    /**
     * Counts for the daily limits.
     *
     * @param newCards cards seen for the first time
     * @param reviews  answers to cards in review
     */
    public record DayCounts(int newCards, int reviews) {
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} (which must not exist), with
     * {@code VACUUM INTO}: what {@link ProgressBackups} keeps.
     */
    synchronized void copyTo(Path target) {
        db.copyTo(target);
    }

    /** Caps the database size of this connection, to make a full disk reproducible in tests. */
    synchronized void limitPages(int pages) {
        db.limitPages(pages);
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
