package dev.termdeck.exchange;

import dev.termdeck.core.Lang;
import java.util.List;
import java.util.Optional;

/**
 * What an export wrote.
 *
 * @param summary what was written, for the user ({@code 42 notes, 80 cards})
 * @param leftOut the ids of the cards left out because the direction asked for a side they do not have, in deck order
 */
public record ExportReport(String summary, List<String> leftOut) {
    public ExportReport {
        leftOut = List.copyOf(leftOut);
    }

    /**
     * One line saying which cards were left out and why ({@code 2 cards left out: they have no English term for the
     * front (a, b)}), or empty when none was.
     */
    public Optional<String> leftOutWarning(ExportDirection direction) {
        if (leftOut.isEmpty()) {
            return Optional.empty();
        }
        String which = direction == ExportDirection.BOTH ? "have nothing for one side of the card"
                : "have no " + (direction.front() == Lang.EN ? "English" : "Chinese")
                        + " term for the front";
        String sample = String.join(", ", leftOut.subList(0, Math.min(5, leftOut.size())))
                + (leftOut.size() > 5 ? ", ..." : "");
        return Optional.of(leftOut.size() + " cards left out: they " + which + " (" + sample + ")");
    }
}
