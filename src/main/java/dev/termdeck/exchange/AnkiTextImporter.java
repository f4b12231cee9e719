package dev.termdeck.exchange;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Anki's plain text: what {@link AnkiTextExporter} writes, what Anki's "Notes in Plain Text" export writes for
 * termdeck's note type, and notes of Anki's own Basic types. Honours the headers {@code #separator}, {@code #html},
 * {@code #tags}, {@code #columns}, {@code #notetype}, {@code #deck}, and {@code #guid/tags/notetype/deck column}; other
 * lines starting with {@code #} are comments.
 *
 * <p>Columns: {@code #columns} names them (termdeck's fields English, Chinese, Pinyin, Definition, Source, or the
 * Basic note's Front and Back, plus guid, tags and {@code termdeck id}; a column of another name is not read, and
 * said so). Without {@code #columns}, the columns no header claims are a termdeck note's fields in order when the
 * note type (the {@code #notetype} header, or the row's note type column) is termdeck's, or when there are three or
 * more of them; otherwise (a Basic note, or two columns) they are its Front and Back. A Front and a Back are placed by
 * their script as {@link QuizletImporter} places a line's sides ({@code 知识蒸馏<TAB>knowledge distillation} is a
 * Chinese and an English term), and a termdeck note whose English field holds the Chinese term is read the right way
 * round. A card's id comes from the {@code termdeck id} column, else from the existing deck's card with the same guid,
 * else from its term. The headers are read by {@link AnkiTextHeaders}. Stateless.
 */
public final class AnkiTextImporter implements Importer {
    private static final String ID = "termdeck id";
    private static final String GUID = "guid";
    private static final String TAGS = "tags";
    private static final String FRONT = "Front";
    private static final String BACK = "Back";
    private static final String SKIP = "";
    /** The prefix of the names termdeck gives its note types. */
    private static final String TERMDECK_TYPE = "termdeck";

    /** How the unnamed columns of a row are read. */
    private enum Layout {
        /** termdeck's five fields, in order. */
        TERMDECK,
        /** A Basic note: front and back, placed by script. */
        SIDES
    }

    @Override
    public Imported read(String source, String text, Deck existing) {
        CardCollector cards = new CardCollector(source);
        AnkiTextHeaders h = AnkiTextHeaders.read(cards, text);
        List<Row> rows = new DelimitedReader(source, text, h.separator(), true, '#').readAll();
        if (rows.isEmpty()) {
            return new Imported(List.of(), h.title(), List.of());
        }
        int width = rows.get(0).fields().size();
        Layout layout = defaultLayout(h, width);
        Map<Layout, List<String>> roles = new EnumMap<>(Layout.class);
        for (Layout l : Layout.values()) {
            roles.put(l, roles(h, width, l));
        }
        List<String> unknown = h.columns() == null ? List.of() : h.columns().stream()
                .filter(c -> byLabel(c) == null && !c.isBlank()).map(String::strip).toList();
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
            Layout l = rowLayout(h, row, layout);
            cards.add(card(cards, row, roles.get(l), l, h, idByGuid, unknown), row.line());
        }
        List<String> warnings = unknown.isEmpty() ? List.of() : List.of(source + ": "
                + (unknown.size() == 1 ? "column '" + unknown.get(0) + "' is" : "columns '"
                        + String.join("', '", unknown) + "' are") + " not read (termdeck reads " + KNOWN + ")");
        return new Imported(cards.cards(), h.title(), warnings);
    }

    private static final String KNOWN = String.join(", ", AnkiFields.NAMES) + ", " + FRONT + ", " + BACK + ", "
            + GUID + ", " + TAGS + " and " + ID;

    /** The layout of rows whose note type the row does not say. */
    private static Layout defaultLayout(AnkiTextHeaders h, int width) {
        if (h.columns() != null) {
            boolean sides = h.columns().stream().map(AnkiTextImporter::byLabel)
                    .anyMatch(r -> FRONT.equals(r) || BACK.equals(r));
            return sides ? Layout.SIDES : Layout.TERMDECK;
        }
        if (h.notetype() != null) {
            return h.notetype().startsWith(TERMDECK_TYPE) ? Layout.TERMDECK : Layout.SIDES;
        }
        long unclaimed = 0;
        for (int i = 1; i <= width; i++) {
            unclaimed += h.claims(i) ? 0 : 1;
        }
        return unclaimed >= 3 ? Layout.TERMDECK : Layout.SIDES;
    }

    /** The layout of {@code row}: its note type column says it, when there is one and no {@code #columns}. */
    private static Layout rowLayout(AnkiTextHeaders h, Row row, Layout fallback) {
        if (h.columns() != null || h.notetypeColumn() < 1) {
            return fallback;
        }
        String type = row.get(h.notetypeColumn() - 1).strip();
        return type.isEmpty() ? fallback : type.startsWith(TERMDECK_TYPE) ? Layout.TERMDECK : Layout.SIDES;
    }

    private static Card card(CardCollector cards, Row row, List<String> roles, Layout layout, AnkiTextHeaders h,
                             Map<String, String> idByGuid, List<String> unknown) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            if (!roles.get(i).isEmpty()) {
                boolean field = !roles.get(i).equals(GUID) && !roles.get(i).equals(TAGS) && !roles.get(i).equals(ID);
                // HTML fields carry a guarded formula character as a character reference; the others an apostrophe.
                String raw = field && h.html() ? row.get(i) : Formulas.unguard(row.get(i));
                v.putIfAbsent(roles.get(i), field && !h.html() ? Html.escape(raw) : raw);
            }
        }
        String place = row.place(0);
        List<String> tags = new ArrayList<>(h.tags());
        tags.addAll(AnkiTextHeaders.words(v.getOrDefault(TAGS, "")));
        String id = v.getOrDefault(ID, "").strip();
        if (id.isEmpty()) {
            id = idByGuid.getOrDefault(v.getOrDefault(GUID, "").strip(), "");
        }
        Card card;
        if (layout == Layout.SIDES) {
            String front = Html.toText(v.getOrDefault(FRONT, ""));
            String back = Html.toText(v.getOrDefault(BACK, ""));
            if (front.isBlank()) {
                front = back;
                back = "";
            }
            if (front.isBlank()) {
                throw noTerm(cards, place, unknown);
            }
            card = QuizletImporter.fromSides(cards, front, back, place, tags);
        } else {
            AnkiFields.Parsed p = AnkiFields.parse(v.getOrDefault("English", ""), v.getOrDefault("Chinese", ""),
                    v.getOrDefault("Pinyin", ""), v.getOrDefault("Definition", ""), v.getOrDefault("Source", ""));
            Bilingual term = byScript(p.term());
            if (term.isEmpty()) {
                throw noTerm(cards, place, unknown);
            }
            card = cards.build(Card.builder(cards.idFor(term, place)).term(term).abbr(p.abbr()).pinyin(p.pinyin())
                    .definition(p.definition()).sources(p.sources()).tags(tags), place);
        }
        return id.isEmpty() ? card : cards.build(card.toBuilder().id(id), place);
    }

    /** The terms the right way round: a Chinese term in the English field and a Latin one in the Chinese swap. */
    private static Bilingual byScript(Bilingual term) {
        boolean enIsChinese = term.en() != null && Scripts.hasHan(term.en());
        boolean zhIsLatin = term.zh() == null || !Scripts.hasHan(term.zh());
        return enIsChinese && zhIsLatin ? new Bilingual(term.zh(), term.en()) : term;
    }

    private static TermdeckException noTerm(CardCollector cards, String place, List<String> unknown) {
        return cards.error(place, "no English or Chinese term"
                + (unknown.isEmpty() ? "" : " (" + (unknown.size() == 1 ? "column '" + unknown.get(0) + "' is"
                        : "columns '" + String.join("', '", unknown) + "' are") + " not read; termdeck reads "
                        + KNOWN + ")"));
    }

    /** What each column is: a field name, Front, Back, {@link #GUID}, {@link #TAGS}, {@link #ID}, or {@link #SKIP}. */
    private static List<String> roles(AnkiTextHeaders h, int width, Layout layout) {
        List<String> names = layout == Layout.TERMDECK ? AnkiFields.NAMES : List.of(FRONT, BACK);
        List<String> roles = new ArrayList<>();
        int next = 0;
        for (int i = 1; i <= width; i++) {
            String role;
            if (i == h.guidColumn()) {
                role = GUID;
            } else if (i == h.tagsColumn()) {
                role = TAGS;
            } else if (i == h.notetypeColumn() || i == h.deckColumn()) {
                role = SKIP;
            } else if (h.columns() != null) {
                String r = i <= h.columns().size() ? byLabel(h.columns().get(i - 1)) : null;
                role = r == null ? SKIP : r;
            } else {
                role = next < names.size() ? names.get(next++) : SKIP;
            }
            roles.add(role);
        }
        return roles;
    }

    /** The role a {@code #columns} label names, or {@code null} for a label termdeck does not read. */
    private static String byLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (String name : AnkiFields.NAMES) {
            if (name.toLowerCase(Locale.ROOT).equals(l)) {
                return name;
            }
        }
        return switch (l) {
            case GUID, TAGS, ID -> l;
            case "front" -> FRONT;
            case "back" -> BACK;
            case "notetype", "deck" -> SKIP;
            default -> null;
        };
    }
}
