package dev.termdeck.study.store;

import dev.termdeck.io.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daily backups of a progress database: {@code backups/progress-YYYY-MM-DD.db} beside {@code progress.db}, one a
 * day (the first study of the day writes it, with SQLite's {@code VACUUM INTO}: a consistent copy while others may be
 * studying), the last {@value #KEEP} kept. A backup is written under a temporary name and renamed when complete, so
 * a kill never leaves a half backup under a backup's name. When the database is damaged, the error names the newest
 * backup, and {@link #restoreLatest} puts it back, keeping the damaged files beside it. Stateless.
 */
public final class ProgressBackups {
    /** How many daily backups are kept. */
    public static final int KEEP = 7;
    private static final Pattern NAME = Pattern.compile("progress-(\\d{4}-\\d{2}-\\d{2})\\.db");

    private ProgressBackups() {
    }

    /** A backup: its file and the day it was written. */
    public record Backup(Path file, LocalDate day) {
    }

    /** The directory of {@code db}'s backups. */
    public static Path dir(Path db) {
        return db.toAbsolutePath().resolveSibling("backups");
    }

    /**
     * Writes today's backup of {@code store} unless there is one, then removes all but the newest {@value #KEEP}.
     *
     * @return whether a backup was written
     * @throws ProgressStoreException when the database cannot be read whole (damaged: {@link
     *                                ProgressStoreException.Problem#DAMAGED}) or the backup cannot be written
     */
    public static boolean daily(ProgressStore store, LocalDate today) {
        Path dir = dir(store.file());
        Path target = dir.resolve("progress-" + today + ".db");
        if (Files.exists(target)) {
            return false;
        }
        Path tmp = dir.resolve(".progress-" + today + ".db." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(tmp);
            store.copyTo(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true); // on disk before it has a backup's name
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false; // another termdeck wrote today's backup meanwhile
            }
            prune(store.file());
            return true;
        } catch (IOException e) {
            throw new ProgressStoreException(ProgressStoreException.Problem.OTHER, target,
                    "cannot write the daily backup (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // A left-behind temporary file is removed by the next backup of the day.
            }
        }
    }

    /** The backups of {@code db}, newest first. */
    public static List<Backup> list(Path db) {
        List<Backup> out = new ArrayList<>();
        Path dir = dir(db);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    try {
                        out.add(new Backup(f, LocalDate.parse(m.group(1))));
                    } catch (DateTimeParseException e) {
                        // not one of ours
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Backup::day).reversed());
        return out;
    }

    /** The newest backup of {@code db}, if there is one. */
    public static Optional<Backup> latest(Path db) {
        List<Backup> all = list(db);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Puts the newest backup back as {@code db}: the database and its {@code -wal} and {@code -shm} files are moved
     * aside first (to {@code NAME.damaged-TIME}, never deleted), then the backup is copied in its place atomically.
     * No termdeck may have the database open meanwhile.
     *
     * @return the backup restored
     * @throws ProgressStoreException when there is no backup, or the files cannot be moved or written
     */
    public static Backup restoreLatest(Path db, LocalDateTime now) {
        Path file = db.toAbsolutePath();
        Backup backup = latest(file).orElseThrow(() -> new ProgressStoreException(
                ProgressStoreException.Problem.OTHER, file, "there is no backup to restore (in " + dir(file) + ")",
                null));
        String stamp = now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path f = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(f)) {
                    Files.move(f, file.resolveSibling(file.getFileName() + ".damaged-" + stamp + suffix));
                }
            }
            AtomicFiles.write(file, out -> Files.copy(backup.file(), out));
        } catch (IOException e) {
            throw new ProgressStoreException(ProgressStoreException.Problem.OTHER, file,
                    "cannot restore the backup " + backup.file() + " (" + e.getMessage() + ")", e);
        }
        return backup;
    }

    private static void prune(Path db) throws IOException {
        List<Backup> all = list(db);
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }
}
