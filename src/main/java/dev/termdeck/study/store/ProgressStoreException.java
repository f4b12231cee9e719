package dev.termdeck.study.store;

import dev.termdeck.core.TermdeckException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/**
 * The progress database cannot be used: damaged, locked, read-only, full, or from a newer termdeck. The message is
 * one line naming the file; {@link #problem()} lets a view say it in the user's language.
 */
public final class ProgressStoreException extends TermdeckException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** Not an SQLite database, or damaged. */
        DAMAGED,
        /** Another program held the lock for longer than the busy timeout. */
        LOCKED,
        /** The file or its directory cannot be written. */
        READ_ONLY,
        /** The disk (or a quota) is full: the answer being saved was lost. */
        FULL,
        /** The disk (or a quota) is full already when the database is opened, before any answer. */
        NO_SPACE,
        /** The disk failed to read or write the database (an I/O error). */
        DISK_ERROR,
        /** The file cannot be opened or created. */
        CANNOT_OPEN,
        /** Written by a newer termdeck (higher schema version). */
        NEWER,
        /** The card changed since the answer to undo (studied in another window). */
        CHANGED_SINCE,
        /** Any other database or I/O error. */
        OTHER
    }

    /** SQLite's extended result code for a WAL index that could not grow (SQLITE_IOERR | 19 << 8). */
    private static final int SQLITE_IOERR_SHMSIZE = 4874;

    private final Problem problem;
    private final transient Path file;

    ProgressStoreException(Problem problem, Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.problem = problem;
        this.file = file;
    }

    /** One line for the user, by SQLite's primary result code. */
    static ProgressStoreException of(Path file, SQLException e) {
        int extended = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
        if (extended == SQLITE_IOERR_SHMSIZE) {
            // The WAL index (the -shm file) could not grow: the disk is full, said in SQLite's I/O terms.
            return new ProgressStoreException(Problem.FULL, file, "the disk is full; the last answer was not saved", e);
        }
        int code = e.getErrorCode() & 0xff;
        return switch (code) {
            case 5, 6 -> new ProgressStoreException(Problem.LOCKED, file, "the progress database is locked by another"
                    + " program; close it (or wait) and try again", e);
            case 8 -> new ProgressStoreException(Problem.READ_ONLY, file,
                    "the progress database is read-only, so progress cannot be saved", e);
            case 11, 26 -> new ProgressStoreException(Problem.DAMAGED, file, "not a termdeck progress database, or"
                    + " damaged; move it aside to start afresh (your decks are not affected)", e);
            case 13 -> new ProgressStoreException(Problem.FULL, file,
                    "the disk is full; the last answer was not saved", e);
            case 10 -> new ProgressStoreException(Problem.DISK_ERROR, file, "the disk failed to read or write the"
                    + " progress database; check the disk and try again", e);
            case 14 -> new ProgressStoreException(Problem.CANNOT_OPEN, file,
                    "cannot open the progress database (is its directory writable?)", e);
            default -> new ProgressStoreException(Problem.OTHER, file, "progress database error: "
                    + firstLine(e.getMessage()), e);
        };
    }

    /** Like {@link #of}, for a failure while opening the database, before any answer was given. */
    static ProgressStoreException opening(Path file, SQLException e) {
        ProgressStoreException p = of(file, e);
        return p.problem == Problem.FULL ? new ProgressStoreException(Problem.NO_SPACE, file,
                "the disk is full, so progress cannot be saved; free some space and start again", e) : p;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
