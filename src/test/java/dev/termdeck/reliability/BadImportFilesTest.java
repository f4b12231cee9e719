package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.cli.CliRunner;
import dev.termdeck.testing.FileSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad files given to {@code termdeck import}, into a new deck and into an existing one: broken quoting (CSV and Anki
 * text), not UTF-8, no recognisable format, too large. Each is one error line naming the file (and the line and
 * column where the quoting breaks), exit code 1 or 2, no stack trace, and neither the file nor the deck changes; no
 * deck is created.
 */
class BadImportFilesTest {
    private static final String DECK = "{\"format\": \"termdeck/1\", \"name\": \"class\", \"cards\": "
            + "[{\"id\": \"a\", \"term\": {\"en\": \"attention\", \"zh\": \"注意力\"}}]}\n";

    @TempDir
    Path work;

    @BeforeEach
    void deck() throws IOException {
        Files.writeString(Files.createDirectories(work.resolve("decks")).resolve("class.deck.json"), DECK);
    }

    /** Writes a bad import file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("a quote never closed", "words.csv", "id,term_en,term_zh\na,\"unclosed,模型\nb,ok,好\n", 1,
                        ":2:3: the quoted field that starts here is never closed"),
                bad("text after a closing quote", "words.csv", "id,term_en,term_zh\na,\"closed\" junk,模型\n", 1,
                        ":2:11: text after the closing quote of a field (a quote inside a quoted field is written as"
                                + " two quotes)"),
                bad("a quote inside a field", "words.csv", "id,term_en,term_zh\na,bad\"quote,模型\n", 1,
                        ":2:6: a double quote inside an unquoted field (put the whole field in quotes and double"
                                + " the quote)"),
                bad("a quote never closed in Anki text", "anki.txt", "#separator:tab\n#html:false\n"
                        + "#columns:English\tChinese\n\"unclosed\t模型\n", 1,
                        ":4:1: the quoted field that starts here is never closed"),
                bad("not UTF-8", "words.csv", out -> out.write("english,chinese\ncaf\u00e9,咖啡\n"
                        .getBytes("GB18030")), 1, ": not UTF-8 text (save it as UTF-8 and import again)"),
                bad("binary", "words.csv", out -> out.write(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1,
                        (byte) 0xe0}), 1, ": not UTF-8 text (save it as UTF-8 and import again)"),
                bad("empty", "words.txt", "", 2, ": cannot tell the format from the name or the first line; pass"
                        + " --format (apkg, anki-tsv, quizlet, csv)"),
                bad("an Anki package whose collection is no database", "deck.apkg", out -> {
                    java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out);
                    zip.putNextEntry(new java.util.zip.ZipEntry("collection.anki2"));
                    zip.write("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
                    zip.write(new byte[4096]);
                    zip.closeEntry();
                    zip.finish();
                }, 1, ": not a readable Anki collection (file is not a database)"),
                bad("an Anki package whose note types are broken JSON", "types.apkg",
                        BadImportFilesTest::brokenNoteTypes, 1,
                        ": not a readable Anki collection (its note types or decks are not valid JSON)"),
                bad("17 MB", "words.csv", BadImportFilesTest::seventeenMegabytes, 1,
                        ": 17.0 MB is too large to import (limit 16 MB); split it into smaller files"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadImportFileIsOneErrorLineAndChangesNoFile(String kind, String name, Content content, int code,
            String error) throws IOException {
        Path file = work.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            content.writeTo(out);
        }
        FileSnapshot before = FileSnapshot.of(work);

        ErrorLine.assertOneLine(cli().run("import", name, "--out", "new-deck"), code, file + error);
        ErrorLine.assertOneLine(cli().run("import", name, "--out", "class"), code, file + error);

        assertThat(FileSnapshot.of(work)).as("no file changed, deleted or created").isEqualTo(before);
    }

    private CliRunner cli() {
        return new CliRunner(work.resolve("data"), work);
    }

    private static Arguments bad(String kind, String name, String text, int code, String error) {
        return bad(kind, name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), code, error);
    }

    private static Arguments bad(String kind, String name, Content content, int code, String error) {
        return Arguments.of(kind, name, content, code, error);
    }

    /** An Anki package with a real collection whose note types ({@code col.models}) are cut-short JSON. */
    private static void brokenNoteTypes(OutputStream out) throws IOException {
        Path db = Files.createTempFile("termdeck-test-", ".anki2");
        try {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                 java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("CREATE TABLE col (id INTEGER PRIMARY KEY, models TEXT, decks TEXT)");
                st.executeUpdate("CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT, mid INTEGER, tags TEXT,"
                        + " flds TEXT)");
                st.executeUpdate("CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER, did INTEGER)");
                st.executeUpdate("INSERT INTO col VALUES (1, '{\"1\": [[[', '{}')");
                st.executeUpdate("INSERT INTO notes VALUES (1, 'g', 1, '', 'a' || char(31) || 'b')");
            } catch (java.sql.SQLException e) {
                throw new IOException(e);
            }
            java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out);
            zip.putNextEntry(new java.util.zip.ZipEntry("collection.anki2"));
            zip.write(Files.readAllBytes(db));
            zip.closeEntry();
            zip.finish();
        } finally {
            Files.delete(db);
        }
    }

    private static void seventeenMegabytes(OutputStream out) throws IOException {
        out.write("english,chinese\n".getBytes(StandardCharsets.UTF_8));
        byte[] row = "a term that is repeated to make a large file,一个重复的术语\n".getBytes(StandardCharsets.UTF_8);
        for (long n = 0; n < 17L * 1024 * 1024; n += row.length) {
            out.write(row);
        }
    }
}
