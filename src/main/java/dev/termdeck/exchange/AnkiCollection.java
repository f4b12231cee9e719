package dev.termdeck.exchange;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an Anki 2.1 collection ({@code collection.anki2}, schema 11) holding one deck, one note type and its notes,
 * as an SQLite file. The only class in {@code exchange} that uses JDBC. Stateless; each call opens its own
 * connection.
 */
final class AnkiCollection {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DEFAULT_DECK = 1;
    private static final long DEFAULT_CONF = 1;

    private AnkiCollection() {
    }

    /** What goes into the collection. */
    record Content(AnkiNoteType noteType, long deckId, String deckName, String description, List<AnkiNote> notes,
                   Instant now) {
        Content {
            notes = List.copyOf(notes);
        }
    }

    /** How many of each were written. */
    record Written(int notes, int cards) {
    }

    /** Writes {@code content} into a new SQLite database at {@code file} (which must not exist yet or be empty). */
    static Written write(Path file, Content content) throws IOException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement st = db.createStatement()) {
                // A scratch file that is zipped and then deleted: the zip's atomic rename is what makes it durable.
                st.execute("PRAGMA journal_mode=OFF");
                st.execute("PRAGMA synchronous=OFF");
            }
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                for (String sql : resource("anki-schema.sql").split(";")) {
                    if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
                        st.executeUpdate(sql);
                    }
                }
            }
            insertCol(db, content);
            Written w = insertNotes(db, content);
            db.commit();
            return w;
        } catch (SQLException e) {
            throw new IOException("cannot write the Anki collection " + file + ": " + e.getMessage(), e);
        }
    }

    private static void insertCol(Connection db, Content c) throws SQLException {
        long ms = c.now().toEpochMilli();
        long dayStart = c.now().atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO col VALUES (1,?,?,?,11,0,0,0,?,?,?,?,'{}')")) {
            ps.setLong(1, dayStart);
            ps.setLong(2, ms);
            ps.setLong(3, ms);
            ps.setString(4, resource("anki-conf.json").replace("\"curModel\": null",
                    "\"curModel\": " + c.noteType().id()));
            ps.setString(5, json(Map.of(Long.toString(c.noteType().id()), model(c))));
            Map<String, DeckJson> decks = new LinkedHashMap<>();
            decks.put(Long.toString(DEFAULT_DECK), deck(DEFAULT_DECK, "Default", "", ms / 1000));
            decks.put(Long.toString(c.deckId()), deck(c.deckId(), c.deckName(), c.description(), ms / 1000));
            ps.setString(6, json(decks));
            ps.setString(7, resource("anki-dconf.json"));
            ps.executeUpdate();
        }
    }

    private static Written insertNotes(Connection db, Content c) throws SQLException {
        long base = c.now().toEpochMilli();
        long secs = base / 1000;
        int cards = 0;
        try (PreparedStatement note = db.prepareStatement("INSERT INTO notes VALUES (?,?,?,?,-1,?,?,?,?,0,'')");
             PreparedStatement card = db.prepareStatement(
                     "INSERT INTO cards VALUES (?,?,?,?,?,-1,0,0,?,0,0,0,0,0,0,0,0,'')")) {
            for (int i = 0; i < c.notes().size(); i++) {
                AnkiNote n = c.notes().get(i);
                long noteId = base + i;
                note.setLong(1, noteId);
                note.setString(2, n.guid());
                note.setLong(3, c.noteType().id());
                note.setLong(4, secs);
                note.setString(5, AnkiGuids.tagString(n.tags()));
                note.setString(6, String.join("\u001f", n.fields()));
                note.setString(7, Html.stripTags(n.fields().get(c.noteType().sortField())));
                note.setLong(8, AnkiGuids.fieldChecksum(n.fields().get(0)));
                note.executeUpdate();
                for (int ord : c.noteType().cardOrds(n.fields())) {
                    card.setLong(1, base + c.notes().size() + cards);
                    card.setLong(2, noteId);
                    card.setLong(3, c.deckId());
                    card.setInt(4, ord);
                    card.setLong(5, secs);
                    card.setLong(6, i + 1L);
                    card.executeUpdate();
                    cards++;
                }
            }
        }
        return new Written(c.notes().size(), cards);
    }

    private static ModelJson model(Content c) {
        AnkiNoteType t = c.noteType();
        List<FieldJson> fields = new ArrayList<>();
        for (int i = 0; i < AnkiFields.NAMES.size(); i++) {
            fields.add(new FieldJson(AnkiFields.NAMES.get(i), i, false, false, "Arial", 20, List.of()));
        }
        List<TemplateJson> tmpls = new ArrayList<>();
        List<ReqJson> req = new ArrayList<>();
        for (int i = 0; i < t.templates().size(); i++) {
            AnkiNoteType.Template tp = t.templates().get(i);
            tmpls.add(new TemplateJson(tp.name(), i, tp.qfmt(), tp.afmt(), "", "", null));
            req.add(new ReqJson(i, "all", List.of(tp.frontField(), tp.backField())));
        }
        return new ModelJson(t.id(), t.name(), 0, c.now().getEpochSecond(), -1, t.sortField(), c.deckId(), tmpls,
                fields, resource("anki-card.css"), LATEX_PRE, "\\end{document}", req, List.of(), List.of());
    }

    private static DeckJson deck(long id, String name, String desc, long mod) {
        List<Integer> zero = List.of(0, 0);
        return new DeckJson(id, name, desc, mod, -1, zero, zero, zero, zero, false, false, 0, DEFAULT_CONF, 0, 0);
    }

    private static final String LATEX_PRE = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
            + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
            + "\\setlength{\\parindent}{0in}\n\\begin{document}\n";

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write Anki JSON", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = AnkiCollection.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonPropertyOrder({"id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css", "latexPre",
        "latexPost", "req", "tags", "vers"})
    record ModelJson(long id, String name, int type, long mod, int usn, int sortf, long did, List<TemplateJson> tmpls,
                     List<FieldJson> flds, String css, String latexPre, String latexPost, List<ReqJson> req,
                     List<String> tags, List<String> vers) {
    }

    @JsonPropertyOrder({"name", "ord", "sticky", "rtl", "font", "size", "media"})
    record FieldJson(String name, int ord, boolean sticky, boolean rtl, String font, int size, List<String> media) {
    }

    @JsonPropertyOrder({"name", "ord", "qfmt", "afmt", "bqfmt", "bafmt", "did"})
    record TemplateJson(String name, int ord, String qfmt, String afmt, String bqfmt, String bafmt, Long did) {
    }

    /** Anki's {@code req} entry, written as {@code [ord, "all", [fields]]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"ord", "kind", "fields"})
    record ReqJson(int ord, String kind, List<Integer> fields) {
    }

    @JsonPropertyOrder({"id", "name", "desc", "mod", "usn", "lrnToday", "revToday", "newToday", "timeToday",
        "collapsed", "browserCollapsed", "dyn", "conf", "extendNew", "extendRev"})
    record DeckJson(long id, String name, String desc, long mod, int usn, List<Integer> lrnToday,
                    List<Integer> revToday, List<Integer> newToday, List<Integer> timeToday, boolean collapsed,
                    boolean browserCollapsed, int dyn, long conf, int extendNew, int extendRev) {
    }
}
