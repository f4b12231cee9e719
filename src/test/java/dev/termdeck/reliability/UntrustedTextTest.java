package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.cli.CliRunner;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decks, imports and file names are untrusted: a field carrying a terminal escape sequence (a window title, a screen
 * clear, an OSC 52 clipboard write), a C1 control, a bidirectional override or a line break must reach neither the
 * terminal as a control nor a stored deck. The output is checked byte by byte: no ESC, BEL or other C0 control but
 * the line feed, no C1 control, no bidi control, and every line that says {@code saved} is one the view printed.
 */
class UntrustedTextTest {
    /** A deck whose every text field carries controls (JSON escapes, so the file itself is valid JSON). */
    static final String EVIL_DECK = """
            {"format": "termdeck/1", "name": "evil",
             "title": {"en": "Evil \\u001b]52;c;ZXZpbA==\\u0007deck", "zh": null},
             "cards": [{"id": "evil-card",
               "term": {"en": "evil\\u001b]0;pwned\\u0007 term", "zh": "邪恶\\u202e术语"},
               "aliases": {"en": ["bad\\u009b31m alias"], "zh": []},
               "abbr": "EV\\u001b[2J",
               "pinyin": "xié è\\u0008 shù yǔ",
               "definition": {"en": "a term\\nsaved other-card easy\\nthat lies", "zh": "定义\\u000b换行"},
               "sources": [{"doc": "d1", "lang": "en", "sentence": "The evil\\u001b[31m term\\r\\nsaved x good is here."}],
               "tags": ["t\\u0007ag"]}]}
            """;

    @TempDir
    Path home;

    private Path work;

    @BeforeEach
    void dirs() throws Exception {
        work = Files.createDirectories(home.resolve("work"));
        Files.createDirectories(work.resolve("decks"));
    }

    private CliRunner cli() {
        return new CliRunner(home.resolve("data"), work);
    }

    @Test
    void plainStudyOfAHostileDeckPrintsNoControlAndNoFakeSavedLine() throws Exception {
        Files.writeString(work.resolve("decks/evil.deck.json"), EVIL_DECK);

        CliRunner.Result r = cli().stdin("\n3\n").run("study", "--plain", "--direction", "en-zh", "evil");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertNoControls(r.out());
        assertNoControls(r.err());
        assertThat(r.out().lines().filter(l -> l.startsWith("saved"))).containsExactly("saved evil-card good");
        assertThat(r.out()).contains("evil ]0;pwned term", "Abbreviation: EV [2J");
        // Byte by byte: the card as the plain view shows it, each control of the deck one space.
        assertThat(r.out()).contains(String.join("\n",
                "[1 new · 0 learning · 0 review] evil · new",
                "evil ]0;pwned term",
                "answer (Enter to show):",
                "Answer: 邪恶术语",
                "Pinyin: 邪恶术语 xié è shù yǔ",
                "Abbreviation: EV [2J",
                "Definition: 定义 换行",
                "grade (1 again, 2 hard, 3 good, 4 easy):",
                "saved evil-card good",
                ""));
    }

    @Test
    void aDeckReadWithControlsKeepsNone() throws Exception {
        Path file = work.resolve("decks/evil.deck.json");
        Files.writeString(file, EVIL_DECK);

        Card c = DeckJson.read(file).cards().get(0);

        assertThat(c.term().en()).isEqualTo("evil ]0;pwned term");
        assertThat(c.term().zh()).isEqualTo("邪恶术语");
        assertThat(c.aliases().en()).containsExactly("bad 31m alias");
        assertThat(c.definition().en()).isEqualTo("a term saved other-card easy that lies");
        assertThat(c.sources().get(0).sentence()).isEqualTo("The evil [31m term saved x good is here.");
        assertThat(c.tags()).containsExactly("t ag");
        Deck d = DeckJson.read(file);
        assertNoControls(DeckJson.toJson(d).replace("\n", ""));
    }

    @Test
    void errorLinesNamingAHostileFileShowItsControlsAsSymbols() {
        CliRunner.Result r = cli().run("study", "--plain", "evil\u001B]0;x\u0007\nsaved a good.deck.json");

        assertThat(r.exitCode()).isEqualTo(2);
        assertNoControls(r.err());
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("evil␛]0;x␇␊saved a good.deck.json: no such deck file");
    }

    @Test
    void importWarningsShowControlsOfACsvHeaderAsSymbols() throws Exception {
        Files.writeString(work.resolve("words.csv"), "term_en,term_zh,\u001B[2Jnotes\u202E\n"
                + "attention,注意力,x\n");

        CliRunner.Result r = cli().run("import", "words.csv", "-o", "class");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertNoControls(r.err());
        assertThat(r.err()).contains(":1:17: column '␛[2Jnotes\uFFFD' ignored");
    }

    @Test
    void anAnkiEntityForEscapeIsNotStored() throws Exception {
        Files.writeString(work.resolve("anki.txt"), "#separator:tab\n#html:true\n"
                + "#columns:English\tChinese\tPinyin\tDefinition\tSource\n"
                + "red&#27;[31m text\t红色\t\tturns &#x1b;]52;c;eA==&#7;red\t\n");

        CliRunner.Result r = cli().run("import", "anki.txt", "-o", "class");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Card c = DeckJson.read(work.resolve("decks/class.deck.json")).cards().get(0);
        assertThat(c.term().en()).isEqualTo("red [31m text");
        assertThat(c.definition().en()).isEqualTo("turns ]52;c;eA== red");
        assertNoControls(Files.readString(work.resolve("decks/class.deck.json"), StandardCharsets.UTF_8)
                .replace("\n", ""));
    }

    @Test
    void everyOtherTextOfADeckIsReadWithoutControlsAndAnIdWithOneIsRefused() throws Exception {
        Path file = work.resolve("decks/meta.deck.json");
        Files.writeString(file, """
                {"format": "termdeck/1", "name": "meta", "title": {"en": "t", "zh": null},
                 "generated": {"tool": "tool\\u001b[2J", "at": "2026\\u0007", "corpus": ["a\\u009b.txt"]},
                 "documents": {"d1\\u001b]0;x\\u0007": "A title\\u202e"},
                 "cards": [{"id": "a", "term": {"en": "a", "zh": null},
                   "sources": [{"doc": "d1\\u001b]0;x\\u0007", "lang": "en", "sentence": "s"}]}],
                 "removed": [{"id": "gone\\u001b", "term": {"en": "old\\u0007", "zh": null}, "at": "x\\n"}]}
                """);

        assertNoControls(DeckJson.toJson(DeckJson.read(file)).replace("\n", ""));
        Files.writeString(file, EVIL_DECK.replace("\"evil-card\"", "\"evil\\u202ecard\""));
        assertThatThrownBy(() -> DeckJson.read(file)).hasMessageContaining("has whitespace or a control character");
    }

    /** No C0 control but the line feed, no DEL, no C1 control, no bidirectional control. */
    static void assertNoControls(String text) {
        List<Integer> bad = text.chars().filter(c -> c != '\n' && (c < 0x20 || c >= 0x7F && c <= 0x9F
                || c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x2028 && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069)).boxed().toList();
        assertThat(bad).as("control characters in %s", text).isEmpty();
    }
}
