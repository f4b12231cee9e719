package dev.termdeck.study.store;

import dev.termdeck.study.store.ProgressStoreException.Damage;
import dev.termdeck.study.store.ProgressStoreException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a {@link DurableConnection} knows of the files under it, to notice what SQLite cannot: the database
 * file replaced, truncated or overwritten by another program, and the write-ahead log ({@code progress.db-wal})
 * deleted while the connection still writes to it (SQLite keeps writing to the deleted file, whose answers would then
 * vanish at the next kill). Files are told apart by their key ({@link BasicFileAttributes#fileKey()}: device and
 * inode on Unix); where the platform has none, only the size and the header are checked.
 *
 * <p>The database file of a sound progress database never shrinks (termdeck never vacuums it in place; backups are
 * written elsewhere); its size is noted after each checkpoint. Not
 * thread-safe: used under the store's lock.
 */
final class DatabaseFiles {
    private final Path db;
    private final Path wal;
    private final Object dbKey;
    private Object walKey;
    private long size;

    private DatabaseFiles(Path db, Object dbKey, long size) {
        this.db = db;
        this.wal = db.resolveSibling(db.getFileName() + "-wal");
        this.dbKey = dbKey;
        this.size = size;
    }

    /** The files of the database {@code db}, just opened: its identity and size now, and its log's if there is one. */
    static DatabaseFiles of(Path db) throws IOException {
        BasicFileAttributes a = Files.readAttributes(db, BasicFileAttributes.class);
        DatabaseFiles files = new DatabaseFiles(db, a.fileKey(), a.size());
        files.walKey = keyOf(files.wal);
        return files;
    }

    /**
     * Checks, before a write, that the database file is still the one opened and no shorter than after the last
     * checkpoint. Only its attributes are read: opening the file again and closing it would release every lock SQLite
     * holds on it in this process (POSIX locks belong to the process and the file, not to a descriptor), and another
     * termdeck closing the database would then think itself the last one and delete the log.
     *
     * @throws ProgressStoreException ({@link Problem#DAMAGED}) naming what changed
     */
    void checkSound() {
        Damage damage = damage();
        if (damage != null) {
            throw ProgressStoreException.damaged(db, damage, null);
        }
    }

    private Damage damage() {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(db, BasicFileAttributes.class);
        } catch (IOException e) {
            return Damage.REMOVED;
        }
        if (dbKey != null && !dbKey.equals(a.fileKey())) {
            return Damage.REPLACED;
        }
        if (a.size() < size) {
            return Damage.CUT_SHORT;
        }
        return null;
    }

    /**
     * Whether the write-ahead log at its name is still the file the connection writes to, asked just after a commit
     * (when the log must exist): false when it was deleted or replaced since the database was opened. Where files
     * have no key, only whether it is there.
     */
    boolean logIsOurs() {
        if (!Files.exists(wal)) {
            return false;
        }
        if (walKey == null) {
            walKey = keyOf(wal); // not there yet when the database was opened: the first one seen is ours
            return true;
        }
        return walKey.equals(keyOf(wal));
    }

    /** Notes the database file's size after a checkpoint: it must not be smaller at the next write. */
    void noteSize() {
        try {
            size = Math.max(size, Files.size(db));
        } catch (IOException e) {
            // Checked at the next write, which reports the file gone.
        }
    }

    private static Object keyOf(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
