package dev.termdeck.exchange;

import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckNames;
import dev.termdeck.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
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

    /**
     * The file an export goes to when the user names none: {@code NAME.SUFFIX} in {@code dir}, where {@code NAME} is
     * the deck file's own name without {@code .deck.json} (never the {@code name} field inside the deck: a shared
     * deck is untrusted, and its field could name a path anywhere).
     *
     * @throws IllegalStateException if the name would leave {@code dir} (it cannot: a deck name is a plain name)
     */
    public static Path defaultOutput(Path deckFile, Format format, Path dir) {
        Path target = dir.resolve(DeckNames.fromFile(deckFile) + format.suffix()).normalize();
        if (!dir.toAbsolutePath().normalize().equals(target.toAbsolutePath().getParent())) {
            throw new IllegalStateException(target + " is not in " + dir);
        }
        return target;
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

    /** Writes {@code deck} to {@code out} (standard output, say), which it neither flushes nor closes. */
    public static ExportReport export(Deck deck, Format format, ExportOptions options, OutputStream out)
            throws IOException {
        return exporter(format).write(deck, options, out);
    }
}
