package dev.termdeck.study.store;

import dev.termdeck.io.AtomicFiles;
import dev.termdeck.io.BuildInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Makes sqlite-jdbc load its native library from a cache instead of extracting it on every start. By default the
 * driver copies the library out of its jar into the temporary directory on each run (probing the platform, writing
 * a megabyte and hashing it), which costs a good part of a second; here the library is extracted once per driver
 * version and platform into a cache directory, and the driver is pointed at it through its documented system
 * properties ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}, {@code org.sqlite.tmpdir}). Any problem
 * leaves the properties unset, and the driver falls back to its own extraction.
 *
 * <p>Process-wide by nature (the driver reads system properties once); call before the first connection.
 */
final class SqliteNative {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";

    private SqliteNative() {
    }

    /** Points sqlite-jdbc at a cached copy of its native library under {@code cacheRoot}, extracting it if needed. */
    static synchronized void useCache(Path cacheRoot) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String name = System.mapLibraryName("sqlitejdbc");
        Path dir = cacheRoot.resolve(("sqlite-jdbc-" + driverVersion() + "-"
                + System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "_"));
        Path lib = dir.resolve(name);
        try {
            if (!Files.isRegularFile(lib) || Files.size(lib) == 0) {
                String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    AtomicFiles.write(lib, in::transferTo);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation: without it the driver extracts the library itself, as it always does.
            return;
        }
        System.setProperty("org.sqlite.lib.name", name);
        System.setProperty("org.sqlite.tmpdir", dir.toString());
        System.setProperty(PATH_PROPERTY, dir.toString());
    }

    /**
     * The driver's version, as the build recorded it ({@link BuildInfo}); the driver's own
     * {@link SQLiteJDBCLoader#getVersion} opens its jar again to find out, tens of milliseconds of start-up.
     */
    static String driverVersion() {
        try {
            return BuildInfo.get("sqlite-jdbc").orElseGet(SQLiteJDBCLoader::getVersion);
        } catch (UncheckedIOException e) {
            return SQLiteJDBCLoader.getVersion();
        }
    }
}
