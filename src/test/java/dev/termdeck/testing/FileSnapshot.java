package dev.termdeck.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of every regular file under a directory (or of one file), to prove that a run changed or deleted none
 * of its inputs: take a snapshot before, another after, and compare them. Immutable.
 *
 * @param hashes SHA-256 in hex by path relative to the root
 */
public record FileSnapshot(Map<String, String> hashes) {
    public FileSnapshot {
        hashes = Map.copyOf(hashes);
    }

    /** Hashes every regular file under {@code root} (or {@code root} itself when it is a file). */
    public static FileSnapshot of(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (Files.isRegularFile(root)) {
            out.put(root.getFileName().toString(), sha256(root));
            return new FileSnapshot(out);
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(root.relativize(p).toString(), sha256(p));
            }
        }
        return new FileSnapshot(out);
    }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
