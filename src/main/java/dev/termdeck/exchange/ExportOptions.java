package dev.termdeck.exchange;

import java.time.Instant;
import java.util.Objects;

/**
 * How to export.
 *
 * @param direction     which side is the prompt ({@link ExportDirection#BOTH} unless the user chose)
 * @param now           the export time (Anki modification times; the handout's date)
 * @param allowFormulas write fields that a spreadsheet would run as formulas as they are; by default CSV, Anki text
 *                      and Quizlet exports neutralise them ({@link Formulas})
 */
public record ExportOptions(ExportDirection direction, Instant now, boolean allowFormulas) {
    public ExportOptions {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(now, "now");
    }

    /** Options that neutralise formulas (the default). */
    public ExportOptions(ExportDirection direction, Instant now) {
        this(direction, now, false);
    }

    /** {@code field} as written to a spreadsheet-readable export under these options. */
    String cell(String field) {
        return allowFormulas ? field : Formulas.guard(field);
    }
}
