package dev.termdeck.exchange;

import dev.termdeck.core.Plural;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Anki's plain-text import (Anki 2.1.55 and later): {@code #}-headers for the separator (tab), HTML fields,
 * the note type and deck, the column names and the guid and tags columns, then one note a line: guid, the five
 * fields of {@link AnkiFields}, tags, and termdeck's card id (a column Anki leaves unmapped, so that termdeck reads
 * the file back with the same ids). The guids are those of the {@code apkg} export, so either updates the other's
 * notes. A field a spreadsheet would run as a formula has its first character written as an HTML character reference
 * ({@code &#61;}), and the tags and id cells an apostrophe in front, unless formulas are allowed ({@link Formulas}).
 * Stateless.
 */
public final class AnkiTextExporter implements Exporter {
    /** The column names after the guid column. */
    static final List<String> COLUMNS = List.of("guid", "English", "Chinese", "Pinyin", "Definition", "Source",
            "Tags", "termdeck id");
    /** 1-based positions, as the headers give them. */
    static final int GUID_COLUMN = 1;
    static final int TAGS_COLUMN = 7;

    @Override
    public ExportReport write(Deck deck, ExportOptions options, OutputStream out) throws IOException {
        AnkiNoteType type = AnkiNoteType.of(options.direction());
        DelimitedWriter w = new DelimitedWriter('\t', "\n");
        w.raw("#separator:tab").raw("#html:true")
                .raw("#notetype:" + type.name())
                .raw("#deck:" + oneLine(ApkgExporter.ankiDeckName(deck)))
                .raw("#columns:" + String.join("\t", COLUMNS))
                .raw("#guid column:" + GUID_COLUMN)
                .raw("#tags column:" + TAGS_COLUMN);
        List<String> leftOut = new ArrayList<>();
        int notes = 0;
        for (Card card : deck.cards()) {
            AnkiNote note = ApkgExporter.note(card);
            if (type.cardOrds(note.fields()).isEmpty()) {
                leftOut.add(card.id());
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(note.guid());
            for (String field : note.fields()) {
                row.add(options.allowFormulas() ? field : Formulas.guardHtml(field));
            }
            row.add(options.cell(String.join(" ", note.tags())));
            row.add(options.cell(card.id()));
            w.row(row);
            notes++;
        }
        out.write(w.toString().getBytes(StandardCharsets.UTF_8));
        return new ExportReport(Plural.of(notes, "note"), leftOut, ExportReport.Lacking.TWO_LANGUAGES);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
