package dev.termdeck.cli;

import dev.termdeck.io.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The version of termdeck, from the build ({@code version.properties}, filled in by Maven). */
public final class Version implements IVersionProvider {
    private static final String VERSION = load();

    /** The version number, e.g. {@code 0.1.0}. */
    public static String number() {
        return VERSION;
    }

    /** The tool name and version as written into decks: {@code termdeck 0.1.0}. */
    public static String tool() {
        return "termdeck " + VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {tool()};
    }

    private static String load() {
        return BuildInfo.get("version").orElse("dev");
    }
}
