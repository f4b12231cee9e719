package dev.termdeck.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a file that is read, changed and written back (a deck: {@code build}, {@code import},
 * {@code merge}, a card edit), so that two writers in different processes or threads take turns and neither writes
 * over what the other acknowledged with a copy it read before. Hold it from before the read until after the write.
 *
 * <p>The lock is the operating system's lock ({@link FileChannel#tryLock()}) on a hidden file beside the real target
 * ({@code .NAME.lock}, symbolic links resolved), which a process killed holding it releases by dying. On Linux the
 * file is removed when the lock is released, so no trace is left; since a waiter may have opened the file that its
 * holder then removed, a process that gets the lock checks that its file still has that name, and otherwise tries
 * again with the file that has it now. Within one JVM, threads take turns on a lock of their own first: closing any
 * channel of a file releases every lock the process holds on it (POSIX), so only one thread may have it open.
 *
 * <p>Thread-safe; one instance is held by one thread and closed once.
 */
public final class LockFile implements AutoCloseable {
    /** How long a writer waits for another one before giving up. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 5;
    /** The in-JVM turn for each lock file (a few entries: one per deck written). */
    private static final Map<Path, ReentrantLock> TURNS = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final ReentrantLock turn;

    private LockFile(Path file, FileChannel channel, FileLock lock, ReentrantLock turn) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.turn = turn;
    }

    /** Locks {@code target} for writing, waiting up to {@link #DEFAULT_WAIT} for another writer to finish. */
    public static LockFile acquire(Path target) throws IOException {
        return acquire(target, DEFAULT_WAIT);
    }

    /**
     * Locks {@code target} for writing, waiting up to {@code wait}.
     *
     * @throws FileSystemException naming {@code target} when the lock cannot be made (a read-only directory) or
     *                             another writer held it for all of {@code wait}
     */
    public static LockFile acquire(Path target, Duration wait) throws IOException {
        Path real = AtomicFiles.realTarget(target);
        Path file = real.resolveSibling("." + real.getFileName() + ".lock");
        long deadline = System.nanoTime() + wait.toNanos();
        ReentrantLock turn = TURNS.computeIfAbsent(file, f -> new ReentrantLock());
        try {
            if (!turn.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(target, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FileSystemException(target.toString(), null, "interrupted while waiting for another writer");
        }
        boolean locked = false;
        try {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw AtomicFiles.about(target.toAbsolutePath(), e);
            }
            while (true) {
                LockFile held = tryOnce(target, file, turn);
                if (held != null) {
                    locked = true;
                    return held;
                }
                if (System.nanoTime() > deadline) {
                    throw busy(target, wait);
                }
                sleep();
            }
        } finally {
            if (!locked) {
                turn.unlock();
            }
        }
    }

    /** The lock, if the file at {@code file} could be locked and is still the one at that name; else null. */
    private static LockFile tryOnce(Path target, Path file, ReentrantLock turn) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw AtomicFiles.about(target.toAbsolutePath(), e);
        }
        boolean kept = false;
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return null; // another process holds it
            }
            if (!stillNamed(file)) {
                lock.release(); // its holder removed this file as we opened it; lock the one there now
                return null;
            }
            kept = true;
            return new LockFile(file, channel, lock, turn);
        } finally {
            if (!kept) {
                channel.close();
            }
        }
    }

    /** Where the open files of this process are listed, with the names they were opened by (Linux). */
    private static final Path OPEN_FILES = Path.of("/proc/self/fd");

    /**
     * Whether the file this thread just locked (the only channel on {@code file} in this JVM, see the turns) is
     * still the file named {@code file}. It is checked without opening the file again: closing any descriptor of a
     * file releases every lock the process holds on it (POSIX). On Linux the list of open files says
     * {@code NAME (deleted)} for a file removed since; elsewhere lock files are never removed (see {@link #close}),
     * so the file locked is always the one named.
     */
    private static boolean stillNamed(Path file) throws IOException {
        if (!REMOVES_LOCK_FILES) {
            return true;
        }
        String name = file.getParent().toRealPath().resolve(file.getFileName()).toString();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(OPEN_FILES)) {
            for (Path fd : fds) {
                String opened;
                try {
                    opened = Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    continue; // closed meanwhile, or not a file
                }
                if (opened.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether lock files are removed on release: only where {@link #stillNamed} can tell a removed one. */
    private static final boolean REMOVES_LOCK_FILES = Files.isDirectory(OPEN_FILES);

    private static FileSystemException busy(Path target, Duration wait) {
        return new FileSystemException(target.toString(), null, "another termdeck has been writing it for "
                + wait.toSeconds() + " s; try again when it is done");
    }

    private static void sleep() throws FileSystemException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FileSystemException(null, null, "interrupted while waiting for another writer");
        }
    }

    /**
     * Removes the lock file (where a waiter can tell, see {@link #stillNamed}) and releases the lock, in that order,
     * so that a waiter never takes a lock on a file that is still in use.
     */
    @Override
    public void close() throws IOException {
        try {
            if (REMOVES_LOCK_FILES) {
                Files.deleteIfExists(file);
            }
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                turn.unlock();
            }
        }
    }
}
