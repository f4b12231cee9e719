package dev.termdeck.io;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where termdeck keeps user data (progress database, settings) and where it finds the bundled decks.
 *
 * <p>User data lives in {@code $TERMDECK_HOME} when set, else in {@code $XDG_DATA_HOME/termdeck}, else in
 * {@code ~/.local/share/termdeck}, where {@code ~} is {@code $HOME} when it is set to an absolute path (as a shell's
 * {@code ~} is), else the account's home directory from the system (Java's {@code user.home}, which ignores
 * {@code $HOME}). Decks default to {@code ./decks} and the corpus to {@code ./corpus}; when
 * {@code ./decks} does not exist, the decks bundled with the installation are used (the launcher passes the
 * installation directory as the system property {@code termdeck.install}).
 *
 * @param dataDir    directory for progress and settings (not created by this class)
 * @param installDir the installation directory, or {@code null} when unknown (tests, IDE)
 * @param workDir    the current directory
 */
public record AppDirs(Path dataDir, Path installDir, Path workDir) {

    /** Resolves the directories from the process environment and system properties. */
    public static AppDirs fromEnvironment() {
        String install = System.getProperty("termdeck.install");
        return of(System.getenv(), System.getProperty("user.home"),
                install == null || install.isBlank() ? null : Path.of(install),
                Path.of("").toAbsolutePath());
    }

    /**
     * Resolves the directories from an explicit environment (for tests); {@code userHome} is the account's home
     * directory, used when {@code $HOME} is not set.
     */
    public static AppDirs of(Map<String, String> env, String userHome, Path installDir, Path workDir) {
        return new AppDirs(dataDir(env, userHome), installDir, workDir);
    }

    private static Path dataDir(Map<String, String> env, String userHome) {
        String home = env.get("TERMDECK_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "termdeck");
        }
        return home(env, userHome).resolve(Path.of(".local", "share", "termdeck"));
    }

    /** {@code $HOME} when set to an absolute path, else {@code userHome}. */
    static Path home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
            return Path.of(home);
        }
        return Path.of(userHome);
    }

    /** The progress database. */
    public Path progressDb() {
        return dataDir.resolve("progress.db");
    }

    /** The settings file (UI language, default direction, limits). */
    public Path settingsFile() {
        return dataDir.resolve("settings.json");
    }

    /** {@code ./decks} if it exists, else the installation's bundled decks, else {@code ./decks}. */
    public Path defaultDecksDir() {
        Path local = workDir.resolve("decks");
        if (!java.nio.file.Files.isDirectory(local) && installDir != null) {
            Path bundled = installDir.resolve("decks");
            if (java.nio.file.Files.isDirectory(bundled)) {
                return bundled;
            }
        }
        return local;
    }

    /** {@code ./corpus}. */
    public Path defaultCorpusDir() {
        return workDir.resolve("corpus");
    }
}
