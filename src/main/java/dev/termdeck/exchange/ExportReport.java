package dev.termdeck.exchange;

import dev.termdeck.core.Plural;
import dev.termdeck.core.Lang;
import java.util.List;
import java.util.Optional;

/**
 * What an export wrote.
 *
 * @param summary what was written, for the user ({@code 42 notes, 80 cards})
 * @param leftOut the ids of the cards left out because they lack a side the export needs, in deck order
 * @param why     what those cards lack
 */
public record ExportReport(String summary, List<String> leftOut, Lacking why) {
    /** What the cards an export left out lack. */
    public enum Lacking {
        /** A term on the side the direction makes the prompt (or, both ways, anything for one side). */
        PROMPT,
        /** A term in both languages: an Anki card has a term on each side. */
        TWO_LANGUAGES
    }

    public ExportReport {
        leftOut = List.copyOf(leftOut);
        why = why == null ? Lacking.PROMPT : why;
    }

    /** A report of cards left out for lacking a term on the prompt side. */
    public ExportReport(String summary, List<String> leftOut) {
        this(summary, leftOut, Lacking.PROMPT);
    }

    /** Whether exporting both ways would keep the cards left out. */
    public boolean bothWaysKeepsThem(ExportDirection direction) {
        return why == Lacking.PROMPT && direction != ExportDirection.BOTH;
    }

    /**
     * One line saying which cards were left out and why ({@code 2 cards left out: they have no English term for the
     * front (a, b)}), or empty when none was.
     */
    public Optional<String> leftOutWarning(ExportDirection direction) {
        if (leftOut.isEmpty()) {
            return Optional.empty();
        }
        boolean one = leftOut.size() == 1;
        String which = why == Lacking.TWO_LANGUAGES
                ? (one ? "has" : "have") + " a term in one language only, and an Anki card needs both sides"
                : direction == ExportDirection.BOTH ? (one ? "has" : "have") + " nothing for one side of the card"
                : (one ? "has" : "have") + " no " + (direction.front() == Lang.EN ? "English" : "Chinese")
                        + " term for the front";
        String sample = String.join(", ", leftOut.subList(0, Math.min(5, leftOut.size())))
                + (leftOut.size() > 5 ? ", ..." : "");
        return Optional.of(Plural.of(leftOut.size(), "card") + " left out: " + (one ? "it " : "they ") + which
                + " (" + sample + ")");
    }
}
