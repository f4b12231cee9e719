package dev.termdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkgExporterTest {
    @TempDir
    Path dir;

    private final Deck deck = Fixtures.classDeck();

    @Test
    void packageHoldsTheCollectionAndAnEmptyMediaMap() throws Exception {
        Map<String, byte[]> entries = unzip(Fixtures.exportBytes(Format.APKG, deck, ExportDirection.BOTH));

        assertThat(entries.keySet()).containsExactlyInAnyOrder("collection.anki2", "media");
        assertThat(new String(entries.get("media"), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(new String(entries.get("collection.anki2"), 0, 15, StandardCharsets.US_ASCII))
                .isEqualTo("SQLite format 3");
    }

    @Test
    void everyCardIsANoteWithTheFiveFieldsAndStableGuid() throws Exception {
        try (Connection db = open(ExportDirection.BOTH)) {
            List<String[]> notes = rows(db, "SELECT guid, flds, sfld, csum, tags, mid FROM notes ORDER BY id", 6);

            List<Card> cards = Fixtures.twoSided(deck);
            assertThat(notes).hasSize(cards.size());
            for (int i = 0; i < notes.size(); i++) {
                Card card = cards.get(i);
                String[] n = notes.get(i);
                assertThat(n[0]).isEqualTo(AnkiGuids.guid(card.id()));
                List<String> fields = List.of(n[1].split("\u001f", -1));
                assertThat(fields).isEqualTo(AnkiFields.render(card));
                assertThat(n[2]).isEqualTo(Html.stripTags(fields.get(0)));
                assertThat(Long.parseLong(n[3])).isEqualTo(sha1Prefix(Html.stripTags(fields.get(0))));
                assertThat(n[5]).isEqualTo(Long.toString(AnkiNoteType.of(ExportDirection.BOTH).id()));
            }
            assertThat(notes.get(0)[4]).isEqualTo(" architecture week_2 ");
        }
    }

    @Test
    void bothDirectionsMakeTwoCardsForEachCardWithBothTermsAndNoCardWithAnEmptySide() throws Exception {
        long both = deck.cards().stream().filter(c -> c.term().en() != null && c.term().zh() != null).count();
        try (Connection db = open(ExportDirection.BOTH)) {
            assertThat(count(db, "SELECT count(*) FROM notes")).isEqualTo(both);
            assertThat(count(db, "SELECT count(*) FROM cards WHERE ord = 0")).isEqualTo(both);
            assertThat(count(db, "SELECT count(*) FROM cards WHERE ord = 1")).isEqualTo(both);
            assertThat(count(db, "SELECT count(DISTINCT did) FROM cards")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM cards WHERE nid NOT IN (SELECT id FROM notes)")).isZero();
        }
    }

    @Test
    void cardsWithATermInOneLanguageOnlyAreLeftOutAndCounted() throws Exception {
        ExportReport one = new ApkgExporter().write(deck, Fixtures.options(ExportDirection.EN_ZH),
                new java.io.ByteArrayOutputStream());
        ExportReport both = new ApkgExporter().write(deck, Fixtures.options(ExportDirection.BOTH),
                new java.io.ByteArrayOutputStream());

        assertThat(one.summary()).isEqualTo("5 notes, 5 cards");
        assertThat(both.summary()).isEqualTo("5 notes, 10 cards");
        String warning = "4 cards left out: they have a term in one language only, and an Anki card needs both sides"
                + " (chain-of-thought-prompting, few-shot-prompting, 多点触摸归因, 指令微调)";
        assertThat(one.leftOutWarning(ExportDirection.EN_ZH)).contains(warning);
        assertThat(both.leftOutWarning(ExportDirection.BOTH)).contains(warning);
        assertThat(one.bothWaysKeepsThem(ExportDirection.EN_ZH)).isFalse();
    }

    @Test
    void oneCardLeftOutIsSaidInTheSingular() throws Exception {
        Deck one = deck.withCards(List.of(deck.card("指令微调").orElseThrow(), deck.card("emergent-ability")
                .orElseThrow()));
        ExportReport report = new ApkgExporter().write(one, Fixtures.options(ExportDirection.BOTH),
                new java.io.ByteArrayOutputStream());

        assertThat(report.summary()).isEqualTo("1 note, 2 cards");
        assertThat(report.leftOutWarning(ExportDirection.BOTH)).hasValueSatisfying(w -> assertThat(w)
                .startsWith("1 card left out: it has a term"));
    }

    @Test
    void collectionHoldsTheModelAndDeckJsonWithFixedIdsInAnkisRange() throws Exception {
        try (Connection db = open(ExportDirection.BOTH)) {
            String[] col = rows(db, "SELECT models, decks, dconf, conf, ver FROM col", 5).get(0);
            ObjectMapper json = new ObjectMapper();
            JsonNode model = json.readTree(col[0]).elements().next();
            long modelId = model.get("id").asLong();
            assertThat(modelId).isBetween(1L << 30, (1L << 31) - 1);
            assertThat(model.get("flds")).extracting(f -> f.get("name").asText())
                    .containsExactly("English", "Chinese", "Pinyin", "Definition", "Source");
            assertThat(model.get("tmpls")).hasSize(2);
            assertThat(model.get("tmpls").get(0).get("qfmt").asText()).contains("{{English}}");
            assertThat(model.get("tmpls").get(1).get("qfmt").asText()).contains("{{Chinese}}");
            assertThat(model.get("req").toString()).isEqualTo("[[0,\"all\",[0,1]],[1,\"all\",[1,0]]]");
            long deckId = AnkiGuids.deckId("class-deck");
            assertThat(deckId).isBetween(1L << 30, (1L << 31) - 1);
            JsonNode decks = json.readTree(col[1]);
            assertThat(decks.get(Long.toString(deckId)).get("name").asText()).isEqualTo("ML terms for week 2");
            assertThat(decks.has("1")).isTrue();
            assertThat(json.readTree(col[2]).has("1")).isTrue();
            assertThat(json.readTree(col[3]).get("curModel").asLong()).isEqualTo(modelId);
            assertThat(col[4]).isEqualTo("11");
            assertThat(count(db, "SELECT count(*) FROM revlog") + count(db, "SELECT count(*) FROM graves")).isZero();
        }
    }

    @Test
    void reExportKeepsGuidsModelAndDeckIdsSoAnkiUpdatesNotes() throws Exception {
        Card edited = deck.card("emergent-ability").orElseThrow().toBuilder().pinyin("yǒngxiàn nénglì").build();
        try (Connection first = open(ExportDirection.BOTH);
             Connection second = open(deck.withCard(edited), ExportDirection.BOTH)) {
            String q = "SELECT guid FROM notes ORDER BY guid";
            assertThat(rows(second, q, 1)).usingRecursiveComparison().isEqualTo(rows(first, q, 1));
            assertThat(rows(second, "SELECT DISTINCT did FROM cards", 1).get(0))
                    .isEqualTo(rows(first, "SELECT DISTINCT did FROM cards", 1).get(0));
        }
    }

    private Connection open(ExportDirection d) throws Exception {
        return open(deck, d);
    }

    private Connection open(Deck which, ExportDirection d) throws Exception {
        Path file = Files.createTempFile(dir, "collection", ".anki2");
        Files.write(file, unzip(Fixtures.exportBytes(Format.APKG, which, d)).get("collection.anki2"));
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String[]> rows(Connection db, String sql, int columns) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static long count(Connection db, String sql) throws Exception {
        return Long.parseLong(rows(db, sql, 1).get(0)[0]);
    }

    private static long sha1Prefix(String text) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        return Long.parseLong(HexFormat.of().formatHex(d).substring(0, 8), 16);
    }
}
