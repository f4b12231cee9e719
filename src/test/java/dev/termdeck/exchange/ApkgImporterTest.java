package dev.termdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anki packages read back: termdeck's own, Anki's Basic notes, and packages that must be refused. */
class ApkgImporterTest {
    @TempDir
    Path dir;

    private final Deck deck = Fixtures.classDeck();

    @Test
    void anExportedPackageReadsBackAsTheCardsItCarries() throws Exception {
        Path apkg = Files.write(dir.resolve("week2.apkg"), Fixtures.exportBytes(Format.APKG, deck,
                ExportDirection.BOTH));

        Imported back = ApkgImporter.read(apkg, deck);
        Imported fresh = ApkgImporter.read(apkg, null);

        assertThat(fresh.cards()).extracting(Card::id).contains("beyond-the-imitation-game-benchmark");
        assertThat(back.cards()).containsExactlyInAnyOrderElementsOf(Fixtures.twoSided(deck).stream()
                .map(RoundTripTest::ankiProjection).toList());
        assertThat(back.title()).isEqualTo(new Bilingual("ML terms for week 2", null));
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void basicNotesArePlacedByScriptAndClozeNotesAreCountedOut() throws Exception {
        Path apkg = basicPackage("collection.anki2");

        Imported in = ApkgImporter.read(apkg, null);

        assertThat(in.cards()).extracting(Card::term).containsExactly(
                new Bilingual("knowledge distillation", "知识蒸馏"), new Bilingual("dropout", "随机失活"));
        assertThat(in.cards().get(0).tags()).containsExactly("week1");
        assertThat(in.title()).isEqualTo(Bilingual.of(dev.termdeck.core.Lang.EN, "Week 1"));
        assertThat(in.warnings()).containsExactly(apkg + ": 1 note of note type 'Cloze' left out (termdeck reads"
                + " its own note types and Basic ones)");
    }

    @Test
    void aZipBombIsRefusedInOneLineBeforeItFillsTheDisk() throws Exception {
        Path bomb = dir.resolve("bomb.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> ApkgImporter.read(bomb, null)).isInstanceOf(TermdeckException.class)
                .hasMessageMatching(java.util.regex.Pattern.quote(bomb.toString())
                        + ": collection.anki2 unpacks to more than \\d+ MB \\(over 100 times the package\\); not read");
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("termdeck-import-")
                    && p.toFile().length() > (1 << 20))).isEmpty();
        }
    }

    @Test
    void thePackagesOfNewerAnkiAndFilesThatAreNoPackagesSaySo() throws Exception {
        Path newer = dir.resolve("new.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(newer))) {
            zip.putNextEntry(new ZipEntry("collection.anki21b"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        Path text = Files.writeString(dir.resolve("x.apkg"), "not a zip");

        assertThatThrownBy(() -> ApkgImporter.read(newer, null)).hasMessageContaining("'Support older Anki versions'");
        assertThatThrownBy(() -> ApkgImporter.read(text, null)).isInstanceOf(TermdeckException.class)
                .hasMessageStartingWith(text.toString());
    }

    /** A package of two Basic notes (one each way round) and a Cloze note, written as Anki's schema 11 does. */
    private Path basicPackage(String entry) throws Exception {
        Path db = dir.resolve("collection.anki2");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE col (id INTEGER PRIMARY KEY, models TEXT, decks TEXT)");
            st.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT, mid INTEGER, tags TEXT, flds TEXT)");
            st.execute("CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER, did INTEGER)");
            st.execute("INSERT INTO col VALUES (1, '{\"11\": {\"name\": \"Basic (and reversed card)\", \"flds\": "
                    + "[{\"name\": \"Front\"}, {\"name\": \"Back\"}]}, \"12\": {\"name\": \"Cloze\", \"flds\": "
                    + "[{\"name\": \"Text\"}, {\"name\": \"Back Extra\"}]}}', '{\"1\": {\"name\": \"Default\"}, "
                    + "\"7\": {\"name\": \"ML::Week 1\"}}')");
            st.execute("INSERT INTO notes VALUES (1, 'a', 11, ' week1 ', '知识蒸馏' || char(31) || "
                    + "'<b>knowledge distillation</b>')");
            st.execute("INSERT INTO notes VALUES (2, 'b', 11, '', 'dropout' || char(31) || '随机失活')");
            st.execute("INSERT INTO notes VALUES (3, 'c', 12, '', '{{c1::Dropout}} zeroes units' || char(31) || '')");
            st.execute("INSERT INTO cards VALUES (1, 1, 7), (2, 2, 7), (3, 3, 7), (4, 1, 1)");
        }
        Path apkg = dir.resolve("basic.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(apkg))) {
            zip.putNextEntry(new ZipEntry(entry));
            Files.copy(db, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{}".getBytes());
            zip.closeEntry();
        }
        return apkg;
    }
}
