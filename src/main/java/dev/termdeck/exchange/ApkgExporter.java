package dev.termdeck.exchange;

import dev.termdeck.core.Plural;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Anki package: a zip holding {@code collection.anki2} (see {@link AnkiCollection}) and an empty
 * {@code media} map. One note a card, with a guid derived from the card id ({@link AnkiGuids}), in an Anki deck named
 * after the deck's title whose id is derived from the deck name. The direction picks the note type
 * ({@link AnkiNoteType#of}); a card without both an English and a Chinese term would make an Anki card with an empty
 * side, so it is left out (and named in the report). Stateless.
 */
public final class ApkgExporter implements Exporter {
    @Override
    public ExportReport write(Deck deck, ExportOptions options, OutputStream out) throws IOException {
        AnkiNoteType type = AnkiNoteType.of(options.direction());
        List<AnkiNote> notes = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Card card : deck.cards()) {
            AnkiNote note = note(card);
            if (type.cardOrds(note.fields()).isEmpty()) {
                leftOut.add(card.id());
            } else {
                notes.add(note);
            }
        }
        Path db = Files.createTempFile("termdeck-", ".anki2");
        try {
            Files.delete(db);
            AnkiCollection.Written w = AnkiCollection.write(db, new AnkiCollection.Content(type,
                    AnkiGuids.deckId(deck.name()), ankiDeckName(deck), description(deck), notes, options.now()));
            try (ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                Files.copy(db, zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return new ExportReport(Plural.of(w.notes(), "note") + ", " + Plural.of(w.cards(), "card"), leftOut,
                    ExportReport.Lacking.TWO_LANGUAGES);
        } finally {
            Files.deleteIfExists(db);
        }
    }

    /** The note for {@code card}: its fields, its guid, its tags with spaces replaced (Anki tags have none). */
    static AnkiNote note(Card card) {
        List<String> tags = card.tags().stream().map(t -> t.strip().replaceAll("\\s+", "_")).toList();
        return new AnkiNote(AnkiGuids.guid(card.id()), AnkiFields.render(card), tags);
    }

    /** The Anki deck name: the deck's title (English, else Chinese), else its file name. */
    static String ankiDeckName(Deck deck) {
        String t = deck.title().en() != null ? deck.title().en() : deck.title().zh();
        return (t != null ? t : deck.name()).replace("::", ":");
    }

    private static String description(Deck deck) {
        String zh = deck.title().get(Lang.ZH);
        return (zh != null && deck.title().en() != null ? Html.escape(zh) + "<br>" : "")
                + "Made with termdeck from the deck '" + Html.escape(deck.name()) + "'.";
    }

    /** Keeps the zip stream from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
