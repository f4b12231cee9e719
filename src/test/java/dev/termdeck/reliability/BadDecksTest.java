package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.cli.CliRunner;
import dev.termdeck.testing.FileSnapshot;
import java.io.IOException;
import java.io.RandomAccessFile;
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
 * Bad deck files given to every command that reads a deck ({@code study}, {@code export}, {@code merge}, and
 * {@code import} into an existing deck), through the real command line: each is one error line naming the file, the
 * line and column where they apply, and what is wrong in the user's terms; exit code 1; no stack trace; no file
 * changed, deleted or created.
 */
class BadDecksTest {
    private static final String GOOD = "{\"format\": \"termdeck/1\", \"name\": \"good\", \"cards\": "
            + "[{\"id\": \"a\", \"term\": {\"en\": \"attention\", \"zh\": \"注意力\"}}]}\n";

    @TempDir
    Path home;

    private Path work;

    @BeforeEach
    void decks() throws IOException {
        work = Files.createDirectories(home.resolve("work"));
        Files.writeString(Files.createDirectories(work.resolve("decks")).resolve("good.deck.json"), GOOD);
        Files.writeString(work.resolve("words.csv"), "english,chinese\ndropout,随机失活\n");
    }

    /** Writes a bad deck file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    static Stream<Arguments> badDecks() {
        return Stream.of(
                bad("broken JSON", "{\n  \"format\": \"termdeck/1\",\n  \"name\": \"x\",\n  \"cards\": [\n"
                        + "    {\"id\": \"a\",,}\n  ]\n}\n",
                        ":5:16: cards[0]: Unexpected character (',' (code 44)): was expecting double-quote to start "
                                + "field name"),
                bad("cut short", GOOD.substring(0, 80),
                        ":1:81: cards[0].term.en: the file ends inside a text value (is the file cut short?)"),
                bad("a number for a term", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [\n"
                        + "  {\"id\": \"a\", \"term\": {\"en\": 5}}\n]}\n",
                        ":2:30: cards[0].term.en: expected text, found the number 5"),
                bad("text for a score", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [\n"
                        + "  {\"id\": \"a\", \"term\": {\"en\": \"a\"}, \"score\": \"high\"}\n]}\n",
                        ":2:45: cards[0].score: expected a number, found the text \"high\""),
                bad("an object for the card list", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": {}}",
                        ":1:48: cards: expected a list, found an object"),
                bad("a list for the deck", "[1, 2, 3]", ":1:1: expected an object, found a list"),
                bad("no format", "{\"name\": \"x\", \"cards\": []}", ":1:26: format is missing, expected"
                        + " 'termdeck/1'"),
                bad("a card without id", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [\n"
                        + "  {\"term\": {\"en\": \"a\"}}\n]}\n", ":2:23: cards[0]: missing required field 'id'"),
                bad("a card without term", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [\n"
                        + "  {\"id\": \"lonely\"}\n]}\n",
                        ":2:18: cards[0]: card 'lonely' has no term (term.en or term.zh is required)"),
                bad("a null card", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [null]}",
                        ":1:54: cards[0] is null, not a card"),
                bad("duplicate ids", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [\n"
                        + "  {\"id\": \"a\", \"term\": {\"en\": \"a\"}},\n  {\"id\": \"a\", \"term\": {\"en\": \"b\"}}\n"
                        + "]}\n", ":4:2: duplicate card id 'a'"),
                bad("Latin-1 text", file -> Files.write(file, "{\"format\": \"termdeck/1\", \"name\": \"caf\u00e9\", \"cards\": []}"
                        .getBytes(StandardCharsets.ISO_8859_1)),
                        ":1:40: name: not UTF-8 text (Invalid UTF-8 middle byte 0x22); save the file as UTF-8"),
                bad("binary", file -> Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}),
                        ": binary file, not a deck"),
                bad("empty", "", ": empty file, not a deck"),
                bad("JSON null", "null", ": not a deck (JSON null)"),
                bad("nested too deep", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [], \"x\": "
                        + "[".repeat(70) + "]".repeat(70) + "}", ":1:121: lists and objects nested more than 64 deep"),
                bad("a number of 2,000 digits", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [\n"
                        + "  {\"id\": \"a\", \"term\": {\"en\": \"a\"}, \"score\": " + "1".repeat(2000) + "}\n]}\n",
                        ":2:2045: cards[0]: a number of 2,000 digits, more than the 1,000 a number may have"),
                bad("300 MB", BadDecksTest::threeHundredMegabytes, ": 300.0 MB is too large for a deck (limit 256 MB)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDecks")
    void aBadDeckIsOneErrorLineForEveryCommandAndIsLeftAsItWas(String kind, Content content, String error)
            throws IOException {
        Path deck = work.resolve("decks/bad.deck.json");
        content.writeTo(deck);
        FileSnapshot before = FileSnapshot.of(work);

        ErrorLine.assertOneLine(cli().stdin("\n3\n").run("study", "--plain", deck.toString()), 1, deck + error);
        ErrorLine.assertOneLine(cli().run("export", deck.toString(), "-f", "csv", "-o", "out.csv"), 1, deck + error);
        ErrorLine.assertOneLine(cli().run("merge", deck.toString(), "good", "--out", "merged"), 1, deck + error);
        ErrorLine.assertOneLine(cli().run("merge", "good", deck.toString(), "--out", "merged"), 1, deck + error);
        ErrorLine.assertOneLine(cli().run("import", "words.csv", "--out", deck.toString()), 1, deck + error);

        assertThat(FileSnapshot.of(work)).as("no file changed, deleted or created").isEqualTo(before);
    }

    private CliRunner cli() {
        return new CliRunner(home.resolve("data"), work);
    }

    private static Arguments bad(String kind, String text, String error) {
        return bad(kind, file -> Files.write(file, text.getBytes(StandardCharsets.UTF_8)), error);
    }

    private static Arguments bad(String kind, Content content, String error) {
        return Arguments.of(kind, content, error);
    }

    /**
     * A deck of 300 MB: the start of a deck, then a hole (a sparse file, so that the test writes next to nothing). It
     * is refused by its size before it is read.
     */
    private static void threeHundredMegabytes(Path file) throws IOException {
        Files.writeString(file, "{\"format\": \"termdeck/1\", \"name\": \"huge\", \"cards\": [\n");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }
    }
}
