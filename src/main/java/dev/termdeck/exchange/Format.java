package dev.termdeck.exchange;

import dev.termdeck.core.TermdeckException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The file formats termdeck exports, and the ones it can read back. Each has a command-line name
 * ({@code anki-tsv}) and a default file suffix.
 */
public enum Format {
    /** An Anki package: a zip holding an SQLite collection with a bilingual note type. */
    APKG("apkg", ".apkg", true),
    /** Anki's plain-text import, with {@code #}-headers naming separator, columns, deck, note type and guid column. */
    ANKI_TSV("anki-tsv", ".anki.txt", true),
    /** Quizlet's import: term TAB definition, one card a line. */
    QUIZLET("quizlet", ".quizlet.txt", true),
    /** RFC 4180 CSV, one row a card, every field. */
    CSV("csv", ".csv", true),
    /** A printable bilingual glossary in Markdown. */
    MD("md", ".md", false),
    /** A printable bilingual glossary in HTML, laid out for A4. */
    HTML("html", ".html", false);

    private final String id;
    private final String suffix;
    private final boolean importable;

    Format(String id, String suffix, boolean importable) {
        this.id = id;
        this.suffix = suffix;
        this.importable = importable;
    }

    /** The name in files and on the command line. */
    public String id() {
        return id;
    }

    /** The suffix of the default output file name ({@code ml-abstracts.apkg}). */
    public String suffix() {
        return suffix;
    }

    /** Whether termdeck reads this format back ({@link Imports}). */
    public boolean importable() {
        return importable;
    }

    /**
     * The format named {@code name} (case-insensitive).
     *
     * @throws TermdeckException a bad request listing the formats when the name is unknown
     */
    public static Format of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.id.equals(n)) {
                return f;
            }
        }
        throw TermdeckException.badRequest("unknown format '" + name + "' (expected one of " + list(false) + ")");
    }

    /** The names, comma separated; only the importable ones when {@code importableOnly}. */
    public static String list(boolean importableOnly) {
        return Arrays.stream(values()).filter(f -> !importableOnly || f.importable).map(Format::id)
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
