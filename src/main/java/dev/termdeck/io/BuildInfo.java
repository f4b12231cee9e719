package dev.termdeck.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Values the build recorded in {@code version.properties} (filled in by Maven's resource filtering): termdeck's own
 * version and the versions of dependencies the code needs to know. Read once, on first use.
 */
public final class BuildInfo {
    private BuildInfo() {
    }

    private static final class Holder {
        static final Properties VALUES = load();
    }

    /** The value recorded under {@code key}; empty when there is none, or when the file was not filtered. */
    public static Optional<String> get(String key) {
        String v = Holder.VALUES.getProperty(key, "");
        return v.isBlank() || v.contains("${") ? Optional.empty() : Optional.of(v);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/dev/termdeck/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
