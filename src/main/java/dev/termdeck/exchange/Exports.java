package dev.termdeck.exchange;

import dev.termdeck.deck.Deck;
import dev.termdeck.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

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
}
