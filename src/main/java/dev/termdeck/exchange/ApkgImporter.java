package dev.termdeck.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.core.Plural;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an Anki package ({@code .apkg}, or a whole collection {@code .colpkg}): the zip is read with bounded sizes
 * (the package at most {@link #MAX_PACKAGE} bytes, the collection in it at most {@link #MAX_COLLECTION} and at most
 * {@link #MAX_RATIO} times the package, so that a zip bomb is refused in one line before it fills the disk), the
 * collection ({@code collection.anki21}, else {@code collection.anki2}; Anki's SQLite, schema 11) is copied to a
 * temporary file and read: notes of termdeck's note types field by field as {@link AnkiFields} writes them, notes of
 * Anki's Basic types (Front and Back, reversed or not) placed by script as {@link QuizletImporter} places a line's
 * sides; notes of other types (Cloze, Image Occlusion) are left out and counted in a warning. Media are not read.
 * Stateless.
 */
public final class ApkgImporter {
    /** The largest package read. */
    public static final long MAX_PACKAGE = 256L * 1024 * 1024;
    /** The largest collection unpacked from a package. */
    public static final long MAX_COLLECTION = 512L * 1024 * 1024;
    /** How many times larger than its package a collection may unpack to (text compresses some tenfold). */
    public static final long MAX_RATIO = 100;
    /** Below this, the ratio is not checked (a tiny package of a few notes compresses very well). */
    private static final long SMALL = 4L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApkgImporter() {
    }

    /** Reads the notes of the package {@code file}; {@code existing}'s guids give cards their ids back. */
    public static Imported read(Path file, Deck existing) throws IOException {
        long size = Files.size(file);
        if (size > MAX_PACKAGE) {
            throw new TermdeckException(String.format(Locale.ROOT, "%s: %.1f MB is too large for an Anki package"
                    + " (limit %d MB)", file, size / 1048576.0, MAX_PACKAGE / 1048576));
        }
        Path db = Files.createTempFile("termdeck-import-", ".anki2");
        try {
            unpack(file, size, db);
            return notes(file.toString(), db, existing);
        } finally {
            Files.deleteIfExists(db);
        }
    }

    /** Copies the package's collection to {@code db}, within the bounds. */
    private static void unpack(Path file, long size, Path db) throws IOException {
        long limit = Math.min(MAX_COLLECTION, Math.max(SMALL, size * MAX_RATIO));
        String found = null;
        boolean newer = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.equals("collection.anki21b")) {
                    newer = true;
                } else if (name.equals("collection.anki21") || name.equals("collection.anki2") && found == null) {
                    copy(zip, db, limit, file, name);
                    found = name;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new TermdeckException(file + ": not an Anki package (" + e.getMessage() + ")", e);
        }
        if (found == null) {
            throw new TermdeckException(file + (newer
                    ? ": made by Anki 2.1.50 or later in its newest format; in Anki's export dialog tick 'Support"
                            + " older Anki versions' and import that package"
                    : ": no Anki collection in this package (collection.anki2 or collection.anki21)"));
        }
    }

    private static void copy(InputStream in, Path to, long limit, Path file, String name) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(to)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                total += n;
                if (total > limit) {
                    throw new TermdeckException(String.format(Locale.ROOT, "%s: %s unpacks to more than %d MB (over"
                            + " %d times the package); not read", file, name, limit / 1048576, MAX_RATIO));
                }
                out.write(buf, 0, n);
            }
        }
    }

    /** A note type: its name and its fields' names in order. */
    private record NoteType(String name, List<String> fields) {
        boolean termdeck() {
            return name.startsWith("termdeck") || fields.equals(AnkiFields.NAMES);
        }

        /** The indexes of the front and back fields of a Basic-like type, or {@code null}. */
        int[] sides() {
            int front = indexOf("front");
            int back = indexOf("back");
            if (front >= 0 && back >= 0) {
                return new int[] {front, back};
            }
            return name.toLowerCase(Locale.ROOT).startsWith("basic") && fields.size() >= 2 ? new int[] {0, 1} : null;
        }

        private int indexOf(String field) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).strip().equalsIgnoreCase(field)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static Imported notes(String source, Path db, Deck existing) throws IOException {
        CardCollector cards = new CardCollector(source);
        Map<String, String> idByGuid = new HashMap<>();
        if (existing != null) {
            existing.cards().forEach(c -> idByGuid.put(AnkiGuids.guid(c.id()), c.id()));
        }
        Map<Long, Integer> skipped = new HashMap<>();
        Map<Long, NoteType> types;
        Bilingual title;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            types = noteTypes(st);
            title = title(st);
            int line = 0;
            try (ResultSet rs = st.executeQuery("SELECT guid, mid, tags, flds FROM notes ORDER BY id")) {
                while (rs.next()) {
                    line++;
                    NoteType t = types.get(rs.getLong(2));
                    List<String> fields = Arrays.asList(rs.getString(4).split("\u001f", -1));
                    List<String> tags = rs.getString(3).isBlank() ? List.of()
                            : Arrays.asList(rs.getString(3).strip().split("\\s+"));
                    Card card = card(cards, t, fields, tags, "note " + line);
                    if (card == null) {
                        skipped.merge(rs.getLong(2), 1, Integer::sum);
                        continue;
                    }
                    String id = idByGuid.get(rs.getString(1));
                    cards.add(id == null ? card : cards.build(card.toBuilder().id(id), "note " + line), line);
                }
            }
        } catch (SQLException e) {
            throw new TermdeckException(source + ": not a readable Anki collection (" + sqliteReason(e) + ")", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | NumberFormatException e) {
            // The note types and decks are JSON inside the database: broken, they are the package's fault.
            throw new TermdeckException(source + ": not a readable Anki collection (its note types or decks are not"
                    + " valid JSON)", e);
        }
        List<String> warnings = new ArrayList<>();
        skipped.forEach((mid, n) -> warnings.add(source + ": " + Plural.of(n, "note") + " of note type '"
                + (types.containsKey(mid) ? types.get(mid).name() : mid) + "' left out (termdeck reads its own"
                + " note types and Basic ones)"));
        return new Imported(cards.cards(), title, warnings);
    }

    /** The card of a note, or {@code null} for a note of a type termdeck does not read. */
    private static Card card(CardCollector cards, NoteType t, List<String> fields, List<String> tags, String place) {
        if (t == null) {
            return null;
        }
        if (t.termdeck() && fields.size() >= AnkiFields.NAMES.size()) {
            AnkiFields.Parsed p = AnkiFields.parse(fields.get(0), fields.get(1), fields.get(2), fields.get(3),
                    fields.get(4));
            if (p.term().isEmpty()) {
                throw cards.error(place, "no English or Chinese term");
            }
            return cards.build(Card.builder(cards.idFor(p.term(), place)).term(p.term()).abbr(p.abbr())
                    .pinyin(p.pinyin()).definition(p.definition()).sources(p.sources()).tags(tags), place);
        }
        int[] sides = t.sides();
        if (sides == null || sides[0] >= fields.size() || sides[1] >= fields.size()) {
            return null;
        }
        String front = Html.toText(fields.get(sides[0]));
        String back = Html.toText(fields.get(sides[1]));
        if (front.isBlank()) {
            front = back;
            back = "";
        }
        return front.isBlank() ? null : QuizletImporter.fromSides(cards, front, back, place, tags);
    }

    private static Map<Long, NoteType> noteTypes(Statement st) throws SQLException, IOException {
        Map<Long, NoteType> out = new HashMap<>();
        try (ResultSet rs = st.executeQuery("SELECT models FROM col")) {
            if (!rs.next()) {
                return out;
            }
            JsonNode models = JSON.readTree(rs.getString(1) == null ? "{}" : rs.getString(1));
            models.fields().forEachRemaining(e -> {
                List<String> fields = new ArrayList<>();
                e.getValue().path("flds").forEach(f -> fields.add(f.path("name").asText()));
                out.put(Long.parseLong(e.getKey()), new NoteType(e.getValue().path("name").asText(), fields));
            });
        }
        return out;
    }

    /** The name of the deck most cards are in (its last part), as the title. */
    private static Bilingual title(Statement st) throws SQLException, IOException {
        long did;
        try (ResultSet rs = st.executeQuery("SELECT did FROM cards GROUP BY did ORDER BY count(*) DESC LIMIT 1")) {
            if (!rs.next()) {
                return Bilingual.EMPTY;
            }
            did = rs.getLong(1);
        }
        try (ResultSet rs = st.executeQuery("SELECT decks FROM col")) {
            if (!rs.next()) {
                return Bilingual.EMPTY;
            }
            String name = JSON.readTree(rs.getString(1) == null ? "{}" : rs.getString(1)).path(Long.toString(did)).path("name").asText("");
            String last = name.substring(name.lastIndexOf("::") + 1).replaceFirst("^:", "").strip();
            return last.isEmpty() ? Bilingual.EMPTY : Bilingual.of(Scripts.langOf(last), last);
        }
    }

    /**
     * What SQLite said, without the driver's wording around it: {@code [SQLITE_NOTADB] File opened that is not a
     * database file (file is not a database)} is {@code file is not a database}; a column or table the collection
     * lacks ({@code no such column: flds}) stays as SQLite says it.
     */
    static String sqliteReason(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        java.util.regex.Matcher driver = SQLITE_MESSAGE.matcher(m);
        return driver.matches() ? driver.group(1) : m;
    }

    /** The sqlite-jdbc driver's message: a result code, its description, then SQLite's own words in brackets. */
    private static final java.util.regex.Pattern SQLITE_MESSAGE = java.util.regex.Pattern.compile(
            "\\[SQLITE_[A-Z_]+\\][^(]*\\((.*)\\)");
}
