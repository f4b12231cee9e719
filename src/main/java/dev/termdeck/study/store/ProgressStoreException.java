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
    private final transient ProgressBackups.Backup backup;
    private final Damage damage;

    ProgressStoreException(Problem problem, Path file, String message, Throwable cause) {
        this(problem, file, message, cause, null, null);
    }

    private ProgressStoreException(Problem problem, Path file, String message, Throwable cause,
            ProgressBackups.Backup backup, Damage damage) {
        super(file + ": " + message, cause);
        this.problem = problem;
        this.file = file;
        this.backup = backup;
        this.damage = damage;
    }

    /**
     * The database {@code file} is damaged: SQLite said so ({@code damage} null), or termdeck noticed
     * {@code damage}. The message offers the newest backup, if there is one.
     */
    static ProgressStoreException damaged(Path file, Damage damage, Throwable cause) {
        ProgressBackups.Backup backup = ProgressBackups.latest(file).orElse(null);
        String what = "not a termdeck progress database, or damaged" + (damage == null ? "" : " (" + damage.words
                + ")");
        return new ProgressStoreException(Problem.DAMAGED, file, backup == null
                ? what + "; move it aside to start afresh (your decks are not affected)"
                : what + "; no answer is saved from now on. Your progress up to " + backup.day() + " is in a"
                        + " backup: 'termdeck study --restore-backup' puts it back (the damaged file is kept)",
                cause, backup, damage);
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
            case 11, 26 -> damaged(file, null, e);
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

    /** For a damaged database: its newest backup, which {@link ProgressBackups#restoreLatest} puts back; else null. */
    public ProgressBackups.Backup backup() {
        return backup;
    }

    /** For a damaged database: what termdeck noticed (the file cut short, replaced), or null when SQLite said it. */
    public Damage damage() {
        return damage;
    }

    /** What termdeck noticed of a damaged database before SQLite did, with the words of the one-line message. */
    public enum Damage {
        REMOVED("the database file was removed while termdeck had it open"),
        REPLACED("the database file was replaced while termdeck had it open"),
        CUT_SHORT("the database file was cut short");

        private final String words;

        Damage(String words) {
            this.words = words;
        }
    }
}
