package dev.termdeck.exchange;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param summary  what was written, for the user ({@code 42 notes, 80 cards})
 * @param warnings cards left out and why, one line each
 */
public record ExportReport(String summary, List<String> warnings) {
    public ExportReport {
        warnings = List.copyOf(warnings);
    }
}
