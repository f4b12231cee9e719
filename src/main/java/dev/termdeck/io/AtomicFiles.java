package dev.termdeck.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;

/**
 * Writes files so that a reader (or a crash) sees either the old content or the new content, never a half-written
 * file: the bytes go to a temporary file in the same directory, are forced to disk, and the temporary file is then
 * renamed over the target in one atomic step. A write that fails is reported as a failure to write the target (not
 * the temporary file) and leaves the target as it was; temporary files that a killed writer left behind are removed
 * by a later write of the same target once they are an hour old.
 *
 * <p>The target is a regular file or nothing yet: a device, a FIFO or a directory is refused (replacing it would not
 * write to it, and would put a file where a device was). A symbolic link is followed to the file it names, and that
 * file is written (its temporary file beside it), so that a deck shared through a link is updated where it lives
 * and the link stays a link. Thread-safe (no shared state).
 */
public final class AtomicFiles {
    /** How old a left-behind temporary file must be before a later write of the same target removes it. */
    static final Duration STALE = Duration.ofHours(1);

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8, atomically replacing {@code target}. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes}, atomically replacing {@code target}; creates missing parent directories. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Something that writes the whole new content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Streams new content into a temporary file next to {@code target}, then renames it over {@code target}. When
     * {@code content} fails, the temporary file is removed and {@code target} is untouched.
     */
    public static void write(Path target, Content content) throws IOException {
        Path named = target.toAbsolutePath(); // what errors name: the file the user asked for
        Path absolute = realTarget(target);
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new FileSystemException(target.toString(), null, Files.isDirectory(absolute) ? "a directory"
                    : "not a regular file (a device, a pipe or a socket); termdeck writes only to regular files");
        }
        Path dir = absolute.getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw about(named, e);
        }
        boolean done = false;
        try {
            keepPermissions(tmp, absolute);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new TargetStream(java.nio.channels.Channels.newOutputStream(channel), named)) {
                content.writeTo(out);
                out.flush();
                try {
                    channel.force(true);
                } catch (IOException e) {
                    throw about(named, e);
                }
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            forceDirectory(dir);
            removeStale(dir, "." + absolute.getFileName() + ".");
        } catch (FileSystemException e) {
            // Name the file the user asked for, not the hidden temporary file.
            throw tmp.toString().equals(e.getFile()) ? about(named, e) : e;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Removes temporary files of this target that a writer killed mid-write left behind (the rename never came).
     * Only files older than {@link #STALE} go: a younger one may belong to a writer still at work in another process.
     */
    private static void removeStale(Path dir, String prefix) {
        long cutoff = System.currentTimeMillis() - STALE.toMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).toMillis() < cutoff) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying up is optional; the write itself succeeded.
        }
    }

    /** The most symbolic links followed to find a target (as the kernel's limit, {@code ELOOP}). */
    private static final int MAX_LINKS = 40;

    /**
     * The file a write of {@code target} changes: {@code target} made absolute, with the symbolic links it names (the
     * last part, and any link that link leads to) followed, whether or not the file at the end exists yet.
     *
     * @throws FileSystemException naming {@code target} for a loop of links
     */
    public static Path realTarget(Path target) throws IOException {
        Path p = target.toAbsolutePath().normalize();
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
    }

    /** {@code e} (a failure writing {@code target}'s temporary file) as a failure to write {@code target}. */
    static FileSystemException about(Path target, IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        FileSystemException out = e instanceof AccessDeniedException
                ? new AccessDeniedException(target.toString(), null, reason)
                : new FileSystemException(target.toString(), null, reason);
        out.initCause(e);
        return out;
    }

    /** The temporary file's stream; a failed write (a full disk, say) is reported as a failure to write the target. */
    private static final class TargetStream extends FilterOutputStream {
        private final Path target;

        TargetStream(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw about(target, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw about(target, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw about(target, e);
            }
        }
    }

    /**
     * Gives the temporary file (created owner-only) the target's permissions, or {@code rw-r--r--} for a new file,
     * so that replacing a file keeps who may read it and a new export can be shared. POSIX file systems only.
     */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Makes the rename durable where the platform allows opening a directory (Linux, macOS). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported on this platform (Windows): the rename itself is still atomic.
        }
    }
}
