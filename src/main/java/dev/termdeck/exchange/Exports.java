package dev.termdeck.exchange;

import dev.termdeck.core.Plural;
import dev.termdeck.deck.Deck;
import dev.termdeck.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Exports a deck to a file in a {@link Format}, atomically. Stateless and thread-safe. */
public final class Exports {
    private Exports() {
    }

    /** The exporter for {@code format}. */
    public static Exporter exporter(Format format) {
        return switch (format) {
            case APKG -> new ApkgExporter();
            case ANKI_TSV -> new AnkiTextExporter();
            case QUIZLET -> new QuizletExporter();
            case CSV -> new CsvExporter();
            case MD -> new MarkdownHandout();
            case HTML -> new HtmlHandout();
        };
    }

    /** The file an export goes to when the user names none: {@code DECK.SUFFIX} in {@code dir}. */
    public static Path defaultOutput(Deck deck, Format format, Path dir) {
        return dir.resolve(deck.name() + format.suffix());
    }

    /**
     * Writes {@code deck} to {@code out}: to a temporary file beside it first, renamed over {@code out} only when
     * the whole export succeeded, so a failed export leaves any earlier file as it was.
     */
    public static ExportReport export(Deck deck, Format format, ExportOptions options, Path out) throws IOException {
        Exporter exporter = exporter(format);
        ExportReport[] report = new ExportReport[1];
        AtomicFiles.write(out, stream -> report[0] = exporter.write(deck, options, stream));
        return report[0];
    }

    /** Why the Anki exports leave a card out. */
    static final String ONE_SIDE_TERM = "a term in one language only, and an Anki card needs both sides";

    /** The warning for cards an export with one direction left out, or none. */
    static List<String> leftOut(List<String> ids, Direction direction) {
        String lacking = direction == Direction.BOTH ? "nothing for one side of the card"
                : "no " + (direction.front() == dev.termdeck.core.Lang.EN ? "English" : "Chinese")
                        + " term for the front";
        return leftOut(ids, lacking, direction == Direction.BOTH ? "" : "; --direction both keeps them");
    }

    /**
     * The warning for cards left out of an export because they have {@code lacking} ({@code no English term}), with
     * the first ids and a {@code hint}; none when no card was left out.
     */
    static List<String> leftOut(List<String> ids, String lacking, String hint) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sample = String.join(", ", ids.subList(0, Math.min(5, ids.size())))
                + (ids.size() > 5 ? ", ..." : "");
        return List.of(Plural.of(ids.size(), "card") + " left out: " + (ids.size() == 1 ? "it has " : "they have ")
                + lacking + " (" + sample + ")" + hint);
    }
}
