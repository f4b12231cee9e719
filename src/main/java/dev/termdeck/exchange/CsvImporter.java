package dev.termdeck.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Source;
import dev.termdeck.io.JsonProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV (RFC 4180; a byte order mark and CRLF or LF line ends accepted) whose first row names the columns, in
 * any order: the columns {@link CsvExporter} writes, and the friendlier {@code english}, {@code chinese},
 * {@code abbreviation}, {@code term} and {@code definition} (the last two placed by script) that a teacher typing a
 * spreadsheet would use. Unknown columns are ignored with a warning. Cards without an {@code id} get one from their
 * term. Stateless.
 */
public final class CsvImporter implements Importer {
    private static final Map<String, String> ALIASES = Map.of("english", "term_en", "chinese", "term_zh",
            "abbreviation", "abbr", "term", "term", "definition", "definition", "tag", "tags", "source", "sources");

    @Override
    public Imported read(String source, String text, Deck existing) {
        CardCollector cards = new CardCollector(source);
        List<Row> rows = new DelimitedReader(source, text, ',', true, (char) 0).readAll();
        if (rows.isEmpty()) {
            throw cards.error("1", "no header row (expected columns such as " + String.join(",",
                    CsvExporter.COLUMNS) + ")");
        }
        Row header = rows.get(0);
        Map<String, Integer> index = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = canonical(header.get(i));
            if (!CsvExporter.COLUMNS.contains(name) && !ALIASES.containsValue(name)) {
                warnings.add(source + ":" + header.place(i) + ": column '" + header.get(i) + "' ignored");
            } else if (index.putIfAbsent(name, i) != null) {
                throw cards.error(header.place(i), "column '" + header.get(i) + "' appears twice");
            }
        }
        if (!index.containsKey("term_en") && !index.containsKey("term_zh") && !index.containsKey("term")) {
            throw cards.error(header.place(0), "no term column (term_en, term_zh, english, chinese or term)");
        }
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.fields().size()) {
                int at = Math.min(row.fields().size(), header.fields().size());
                throw cards.error(row.place(at), row.fields().size() + " fields, expected "
                        + header.fields().size() + " as in the header row");
            }
            cards.add(new RowReader(cards, row, index).card(), row.line());
        }
        return new Imported(cards.cards(), Bilingual.EMPTY, warnings);
    }

    private static String canonical(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return ALIASES.getOrDefault(n, n);
    }

    /** Turns one row into a card. */
    private record RowReader(CardCollector cards, Row row, Map<String, Integer> index) {
        String get(String column) {
            Integer i = index.get(column);
            return i == null ? "" : Formulas.unguard(row.get(i));
        }

        String place(String column) {
            Integer i = index.get(column);
            return row.place(i == null ? 0 : i) + " (" + column + ")";
        }

        Card card() {
            Bilingual term = new Bilingual(get("term_en"), get("term_zh"));
            String loose = get("term");
            if (!loose.isBlank() && !term.has(Scripts.langOf(loose))) {
                term = term.with(Scripts.langOf(loose), loose);
            }
            Bilingual def = new Bilingual(get("definition_en"), get("definition_zh"));
            String looseDef = get("definition");
            if (!looseDef.isBlank() && !def.has(Scripts.langOf(looseDef))) {
                def = def.with(Scripts.langOf(looseDef), looseDef);
            }
            String id = get("id").strip();
            Card.Builder b = Card.builder(id.isEmpty() ? cards.idFor(term, row.place(0)) : id)
                    .term(term).abbr(get("abbr")).pinyin(get("pinyin")).definition(def)
                    .aliases(new BilingualList(lines(get("aliases_en")), lines(get("aliases_zh"))))
                    .tags(lines(get("tags"))).sources(sources())
                    .score(score()).edited(bool("edited")).editedFields(lines(get("edited_fields")))
                    .stale(bool("stale"));
            return cards.build(b, row.place(0));
        }

        private double score() {
            String s = get("score").strip();
            if (s.isEmpty()) {
                return 0;
            }
            try {
                double v = Double.parseDouble(s);
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw cards.error(place("score"), "'" + s + "' is not a number");
        }

        private boolean bool(String column) {
            String s = get(column).strip().toLowerCase(Locale.ROOT);
            return switch (s) {
                case "", "false", "no", "0" -> false;
                case "true", "yes", "1" -> true;
                default -> throw cards.error(place(column), "'" + get(column) + "' is not true or false");
            };
        }

        private List<Source> sources() {
            String s = get("sources").strip();
            if (s.isEmpty()) {
                return List.of();
            }
            try {
                CsvExporter.SourceJson[] list = CsvExporter.JSON.readValue(s, CsvExporter.SourceJson[].class);
                List<Source> out = new ArrayList<>();
                for (CsvExporter.SourceJson j : list) {
                    out.add(new Source(j.doc(), Lang.of(j.lang()), j.sentence()));
                }
                return out;
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                String why = e instanceof JsonProcessingException j ? JsonProblem.reason(j) : e.getMessage();
                throw cards.error(place("sources"), "not a JSON list of {\"doc\", \"lang\", \"sentence\"}: "
                        + (why == null ? "a field is missing" : why.lines().findFirst().orElse(why)));
            }
        }
    }

    private static List<String> lines(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.split("\n"));
    }
}
