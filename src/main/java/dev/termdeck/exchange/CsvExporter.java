package dev.termdeck.exchange;

import dev.termdeck.core.Plural;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV per RFC 4180 (CRLF line ends, fields quoted when needed), one row a card, every field of the deck
 * contract, after a header row of {@link #COLUMNS}. Lists (aliases, tags, edited fields) are one item a line inside
 * their cell; sources are a JSON array, so nothing is lost. The file starts with a UTF-8 byte order mark, which
 * Excel needs to show Chinese; other spreadsheets and termdeck ignore it. A field a spreadsheet would run as a formula
 * gets an apostrophe in front unless formulas are allowed ({@link Formulas}). The direction does not apply.
 * Stateless.
 */
public final class CsvExporter implements Exporter {
    /** The header row. */
    public static final List<String> COLUMNS = List.of("id", "term_en", "term_zh", "abbr", "pinyin",
            "definition_en", "definition_zh", "aliases_en", "aliases_zh", "tags", "sources", "score", "edited",
            "edited_fields", "stale");

    static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ExportReport write(Deck deck, ExportOptions options, OutputStream out) throws IOException {
        DelimitedWriter w = new DelimitedWriter(',', "\r\n");
        w.row(COLUMNS);
        for (Card c : deck.cards()) {
            w.row(cells(options, List.of(c.id(), orEmpty(c.term().en()), orEmpty(c.term().zh()), orEmpty(c.abbr()),
                    orEmpty(c.pinyin()), orEmpty(c.definition().en()), orEmpty(c.definition().zh()),
                    String.join("\n", c.aliases().en()), String.join("\n", c.aliases().zh()),
                    String.join("\n", c.tags()), sources(c), Double.toString(c.score()), Boolean.toString(c.edited()),
                    String.join("\n", c.editedFields()), Boolean.toString(c.stale()))));
        }
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(w.toString().getBytes(StandardCharsets.UTF_8));
        return new ExportReport(Plural.of(deck.cards().size(), "card"), List.of());
    }

    /** The fields with formulas neutralised unless the options allow them. */
    private static List<String> cells(ExportOptions options, List<String> fields) {
        return fields.stream().map(options::cell).toList();
    }

    private static String sources(Card c) throws JsonProcessingException {
        if (c.sources().isEmpty()) {
            return "";
        }
        List<SourceJson> list = c.sources().stream()
                .map(s -> new SourceJson(s.doc(), s.lang().code(), s.sentence())).toList();
        return JSON.writeValueAsString(list);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A source as written in the {@code sources} cell. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"doc", "lang", "sentence"})
    record SourceJson(String doc, String lang, String sentence) {
    }
}
