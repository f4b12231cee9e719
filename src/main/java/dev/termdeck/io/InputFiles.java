package dev.termdeck.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reading a file a user named (a deck, a corpus file, an import, a glossary, a gold set, an id list): only a regular
 * file, and never more than a bound of bytes. A device ({@code /dev/zero}, {@code /dev/stdin}), a pipe that never
 * ends or a file that grows while it is read is one error naming the file, never a hang or an exhausted memory: the
 * type is checked before the file is opened (opening a pipe would wait for a writer), and the read stops one byte
 * past the bound. Stateless.
 */
public final class InputFiles {
    /** Why a device, a pipe or a socket is refused, in the user's terms. */
    public static final String NOT_REGULAR = "not a regular file (a device, a pipe or a socket); termdeck reads only"
            + " regular files";

    private InputFiles() {
    }

    /**
     * Checks that {@code file} (symbolic links followed) is a regular file.
     *
     * @throws java.nio.file.NoSuchFileException when there is nothing at {@code file}
     * @throws FileSystemException               naming {@code file} when it is a directory, a device, a pipe or a
     *                                           socket
     */
    public static void requireRegular(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (a.isDirectory()) {
            throw new FileSystemException(file.toString(), null, "a directory, not a file");
        }
        if (!a.isRegularFile()) {
            throw new FileSystemException(file.toString(), null, NOT_REGULAR);
        }
    }

    /** Whether {@code file} exists and is not a regular file nor a directory: a device, a pipe or a socket. */
    public static boolean isSpecial(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    /**
     * The whole content of the regular file {@code file}, at most {@code limit} bytes.
     *
     * @throws FileSystemException naming {@code file} when it is not a regular file ({@link #requireRegular}) or
     *                             holds more than {@code limit} bytes (it grew after its size was checked, say)
     */
    public static byte[] read(Path file, long limit) throws IOException {
        requireRegular(file);
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16L);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(cap);
            if (bytes.length == cap && in.read() >= 0) {
                throw new FileSystemException(file.toString(), null, "larger than " + size(limit)
                        + ", the limit for this file");
            }
            return bytes;
        }
    }

    /**
     * The text of the regular file {@code file} (at most {@code limit} bytes), which must be UTF-8.
     *
     * @throws java.nio.charset.CharacterCodingException when it is not UTF-8
     * @throws FileSystemException                       as {@link #read}
     */
    public static String readUtf8(Path file, long limit) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(read(file, limit)))
                .toString();
    }

    /** {@code bytes} for a message: {@code 16 MB}, {@code 1.5 MB}, {@code 99 bytes}. */
    static String size(long bytes) {
        if (bytes < 1048576) {
            return bytes + " bytes";
        }
        double mb = bytes / 1048576.0;
        return mb == Math.rint(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
