package dev.termdeck.exchange;

import java.time.Instant;
import java.util.Objects;

/**
 * How to export.
 *
 * @param direction which side is the prompt ({@link ExportDirection#BOTH} unless the user chose)
 * @param now       the export time (Anki modification times; the handout's date)
 */
public record ExportOptions(ExportDirection direction, Instant now) {
    public ExportOptions {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(now, "now");
    }
}
