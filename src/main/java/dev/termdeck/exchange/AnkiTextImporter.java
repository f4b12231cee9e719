package dev.termdeck.exchange;

import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Anki's plain text: what {@link AnkiTextExporter} writes, and what Anki's "Notes in Plain Text" export writes
 * for termdeck's note type. Honours the headers {@code #separator}, {@code #html}, {@code #tags}, {@code #columns},
 * {@code #deck}, and {@code #guid/tags/notetype/deck column}; other lines starting with {@code #} are comments.
 * Without {@code #columns}, the columns that no header claims are the note fields in order (English, Chinese,
 * Pinyin, Definition, Source). A card's id comes from the {@code termdeck id} column, else from the existing deck's
 * card with the same guid, else from its term. Stateless.
 */
public final class AnkiTextImporter implements Importer {
    private static final Pattern HEADER = Pattern.compile("^#([^:]+):(.*)$");
    private static final String ID = "termdeck id";
    private static final String GUID = "guid";
    private static final String TAGS = "tags";
    private static final String SKIP = "";

    @Override
    public Imported read(String source, String text, Deck existing) {
        CardCollector cards = new CardCollector(source);
        Headers h = headers(cards, text);
        List<Row> rows = new DelimitedReader(source, text, h.separator, true, '#').readAll();
        if (rows.isEmpty()) {
            return new Imported(List.of(), h.title(), List.of());
        }
        int width = rows.get(0).fields().size();
        List<String> roles = roles(h, width);
        Map<String, String> idByGuid = new HashMap<>();
        if (existing != null) {
            existing.cards().forEach(c -> idByGuid.put(AnkiGuids.guid(c.id()), c.id()));
        }
        for (Row row : rows) {
            if (row.fields().size() != width) {
                int at = Math.min(row.fields().size(), width);
                throw cards.error(row.place(at), row.fields().size() + " fields, expected " + width + " as on line "
                        + rows.get(0).line());
            }
            cards.add(card(cards, row, roles, h, idByGuid), row.line());
        }
        return new Imported(cards.cards(), h.title(), List.of());
    }

    private static Card card(CardCollector cards, Row row, List<String> roles, Headers h,
                             Map<String, String> idByGuid) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            if (!roles.get(i).isEmpty()) {
                boolean field = AnkiFields.NAMES.contains(roles.get(i));
                // HTML fields carry a guarded formula character as a character reference; the others an apostrophe.
                String raw = field && h.html ? row.get(i) : Formulas.unguard(row.get(i));
                v.putIfAbsent(roles.get(i), field && !h.html ? Html.escape(raw) : raw);
            }
        }
        AnkiFields.Parsed p = AnkiFields.parse(v.getOrDefault("English", ""), v.getOrDefault("Chinese", ""),
                v.getOrDefault("Pinyin", ""), v.getOrDefault("Definition", ""), v.getOrDefault("Source", ""));
        String place = row.place(0);
        String id = v.getOrDefault(ID, "").strip();
        if (id.isEmpty()) {
            id = idByGuid.getOrDefault(v.getOrDefault(GUID, "").strip(), "");
        }
        if (id.isEmpty()) {
            id = cards.idFor(p.term(), place);
        }
        List<String> tags = new ArrayList<>(h.tags);
        tags.addAll(words(v.getOrDefault(TAGS, "")));
        return cards.build(Card.builder(id).term(p.term()).abbr(p.abbr()).pinyin(p.pinyin())
                .definition(p.definition()).sources(p.sources()).tags(tags), place);
    }

    /** What each column is: a field name, {@link #GUID}, {@link #TAGS}, {@link #ID}, or {@link #SKIP}. */
    private static List<String> roles(Headers h, int width) {
        List<String> roles = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
            String role;
            if (i == h.guidColumn) {
                role = GUID;
            } else if (i == h.tagsColumn) {
                role = TAGS;
            } else if (i == h.skipColumn1 || i == h.skipColumn2) {
                role = SKIP;
            } else if (h.columns != null) {
                role = i <= h.columns.size() ? byLabel(h.columns.get(i - 1)) : SKIP;
            } else {
                role = null;
            }
            roles.add(role);
        }
        int next = 0;
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == null) {
                roles.set(i, next < AnkiFields.NAMES.size() ? AnkiFields.NAMES.get(next++) : SKIP);
            }
        }
        return roles;
    }

    private static String byLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (String name : AnkiFields.NAMES) {
            if (name.toLowerCase(Locale.ROOT).equals(l)) {
                return name;
            }
        }
        return switch (l) {
            case GUID, TAGS, ID -> l;
            default -> SKIP;
        };
    }

    /** The {@code #key:value} lines at the top of the file. */
    private static final class Headers {
        char separator = '\t';
        boolean html;
        List<String> tags = List.of();
        List<String> columns;
        String deck;
        int guidColumn = -1;
        int tagsColumn = -1;
        int skipColumn1 = -1;
        int skipColumn2 = -1;

        Bilingual title() {
            return deck == null ? Bilingual.EMPTY : Bilingual.of(Scripts.langOf(deck), deck);
        }
    }

    private static Headers headers(CardCollector cards, String text) {
        Headers h = new Headers();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        String columnsLine = null;
        for (int n = 0; n < lines.length && lines[n].startsWith("#"); n++) {
            Matcher m = HEADER.matcher(lines[n]);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).strip().toLowerCase(Locale.ROOT);
            String value = m.group(2);
            String place = (n + 1) + ":" + (m.start(2) + 1);
            switch (key) {
                case "separator" -> h.separator = separator(cards, value, place);
                case "html" -> h.html = value.strip().equalsIgnoreCase("true");
                case "tags" -> h.tags = words(value);
                case "columns" -> columnsLine = value;
                case "deck" -> h.deck = value.strip();
                case "guid column" -> h.guidColumn = column(cards, value, place);
                case "tags column" -> h.tagsColumn = column(cards, value, place);
                case "notetype column" -> h.skipColumn1 = column(cards, value, place);
                case "deck column" -> h.skipColumn2 = column(cards, value, place);
                default -> {
                    // Other headers (#notetype) describe Anki's side of the import.
                }
            }
        }
        if (columnsLine != null) {
            h.columns = Arrays.asList(columnsLine.split(Pattern.quote(String.valueOf(h.separator)), -1));
        }
        return h;
    }

    private static char separator(CardCollector cards, String value, String place) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "tab", "\t" -> '\t';
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "space" -> ' ';
            case "pipe", "|" -> '|';
            case "colon", ":" -> ':';
            default -> {
                if (value.length() == 1 && value.charAt(0) != '"') {
                    yield value.charAt(0);
                }
                throw cards.error(place, "unknown separator '" + value + "' (expected tab, comma, semicolon, "
                        + "space, pipe, colon or one character)");
            }
        };
    }

    private static int column(CardCollector cards, String value, String place) {
        try {
            int c = Integer.parseInt(value.strip());
            if (c >= 1) {
                return c;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw cards.error(place, "'" + value.strip() + "' is not a column number (1 is the first column)");
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }
}
