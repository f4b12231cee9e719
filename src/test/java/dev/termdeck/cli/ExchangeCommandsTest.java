package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code termdeck export}, {@code import} and {@code merge} as a user runs them. */
class ExchangeCommandsTest {
    @TempDir
    Path work;

    private Path deckFile;
    private byte[] deckBytes;

    @BeforeEach
    void putTheClassDeckInTheDecksDirectory() throws Exception {
        Files.createDirectories(work.resolve("decks"));
        deckFile = work.resolve("decks/class-deck.deck.json");
        try (InputStream in = getClass().getResourceAsStream("/dev/termdeck/exchange/class-deck.deck.json")) {
            Files.copy(in, deckFile);
        }
        deckBytes = Files.readAllBytes(deckFile);
    }

    private CliRunner cli() {
        return new CliRunner(work.resolve("data"), work);
    }

    @Test
    void exportByNameWritesTheDefaultFileAndLeavesTheDeckAlone() throws Exception {
        CliRunner.Result r = cli().run("export", "class-deck", "--format", "apkg");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + work.resolve("class-deck.apkg") + " (apkg, 5 notes, 10 cards)\n");
        assertThat(r.err()).isEqualTo("termdeck: warning: 4 cards left out: they have a term in one language only, and"
                + " an Anki card needs both sides (chain-of-thought-prompting, few-shot-prompting, 多点触摸归因,"
                + " 指令微调)\n");
        assertThat(Files.size(work.resolve("class-deck.apkg"))).isPositive();
        assertThat(Files.getPosixFilePermissions(work.resolve("class-deck.apkg")))
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(Files.readAllBytes(deckFile)).isEqualTo(deckBytes);
    }

    @Test
    void oneWayExportWarnsAboutCardsLeftOut() {
        CliRunner.Result r = cli().run("export", "decks/class-deck.deck.json", "-f", "quizlet", "--direction",
                "en-zh", "-o", "out/set.txt");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("termdeck: warning: 2 cards left out: they have no English term for the front "
                + "(多点触摸归因, 指令微调); --direction both keeps them\n");
        assertThat(work.resolve("out/set.txt")).exists();
    }

    @Test
    void anOutWithATrailingSlashIsADirectoryMadeForTheExport() {
        CliRunner.Result r = cli().run("export", "class-deck", "-f", "html", "-o", "handouts/");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(work.resolve("handouts/class-deck.html")).isRegularFile();
    }

    @Test
    void everyTextExportImportsBackIntoANewDeck() throws Exception {
        for (String format : List.of("csv", "anki-tsv", "quizlet")) {
            Path out = work.resolve("x." + format);
            assertThat(cli().run("export", "class-deck", "-f", format, "-o", out.toString()).exitCode()).isZero();

            CliRunner.Result r = cli().run("import", out.toString(), "--out", "back-" + format);

            assertThat(r.exitCode()).as(r.err()).isZero();
            // Anki carries only the cards with a term on both sides (an Anki card has no empty side).
            int n = format.equals("anki-tsv") ? 5 : 9;
            assertThat(r.out()).startsWith("imported " + n + " cards (" + format + ") into ");
            Deck back = DeckJson.read(work.resolve("decks/back-" + format + ".deck.json"));
            assertThat(back.name()).isEqualTo("back-" + format);
            assertThat(back.cards()).hasSize(n);
        }
        Deck csv = DeckJson.read(work.resolve("decks/back-csv.deck.json"));
        assertThat(csv.cards()).isEqualTo(DeckJson.read(deckFile).cards());
    }

    @Test
    void aHandoutSaysWhenNoFontForChineseIsInstalled() throws Exception {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path none = Files.writeString(bin.resolve("fc-list"), "#!/bin/sh\nexit 0\n");
        none.toFile().setExecutable(true);
        Path some = Files.createDirectories(work.resolve("bin2")).resolve("fc-list");
        Files.writeString(some, "#!/bin/sh\necho 'Noto Sans CJK SC'\n");
        some.toFile().setExecutable(true);

        CliRunner.Result without = cli().env("PATH", bin.toString()).run("export", "class-deck", "-f", "html", "-o",
                "a.html");
        CliRunner.Result with = cli().env("PATH", some.getParent().toString()).run("export", "class-deck", "-f",
                "html", "-o", "b.html");

        assertThat(without.exitCode()).isZero();
        assertThat(without.err()).contains("termdeck: warning: no font for Chinese on this machine");
        assertThat(with.err()).doesNotContain("no font for Chinese");
    }

    @Test
    void anAnkiPackageImportsBackIntoTheDeckItCameFromWithItsIds() throws Exception {
        assertThat(cli().run("export", "class-deck", "-f", "apkg", "-o", "out/week2.apkg").exitCode()).isZero();

        CliRunner.Result r = cli().run("import", "out/week2.apkg", "--out", "from-anki");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("imported 5 cards (apkg) into ");
        assertThat(DeckJson.read(work.resolve("decks/from-anki.deck.json")).card("emergent-ability")).isPresent();
    }

    @Test
    void importedChineseTermsGetTheirPinyinAndOneCardIsSaidInTheSingular() throws Exception {
        Path set = work.resolve("set.txt");
        Files.writeString(set, "涌现能力\temergent ability\n");

        CliRunner.Result r = cli().run("import", set.toString(), "--out", "mine");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("imported 1 card (quizlet) into ");
        assertThat(DeckJson.read(work.resolve("decks/mine.deck.json")).cards().get(0).pinyin())
                .isEqualTo("yǒng xiàn néng lì");

        Path fix = work.resolve("fix.csv");
        Files.writeString(fix, "id,chinese\nemergent-ability,突现能力\n");
        assertThat(cli().run("import", fix.toString(), "--out", "mine").exitCode()).isZero();
        Card changed = DeckJson.read(work.resolve("decks/mine.deck.json")).cards().get(0);
        assertThat(changed.pinyin()).isEqualTo("tū xiàn néng lì");
        assertThat(changed.editedFields()).contains("term.zh", "pinyin");
    }

    @Test
    void importIntoAnExistingDeckMergesAndMarksChangesAsEdits() throws Exception {
        Path csv = work.resolve("fix.csv");
        Files.writeString(csv, "\uFEFFid,english,chinese\r\nemergent-ability,emergent ability,突现能力\r\n");

        CliRunner.Result r = cli().run("import", csv.toString(), "--out", "class-deck");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("merged fix.csv (csv) into " + deckFile
                + ": 0 added, 1 updated, 0 unchanged, 8 not in the file (kept)\n");
        Card c = DeckJson.read(deckFile).card("emergent-ability").orElseThrow();
        assertThat(c.term().zh()).isEqualTo("突现能力");
        assertThat(c.pinyin()).isEqualTo("tū xiàn néng lì");
        assertThat(c.editedFields()).containsExactly("pinyin", "term.zh");
        assertThat(DeckJson.read(deckFile).cards()).hasSize(9);
    }

    @Test
    void aBrokenRowIsOneLineNamingFileLineAndColumnAndWritesNothing() throws Exception {
        Path csv = work.resolve("broken.csv");
        Files.writeString(csv, "english,chinese\nok,好\n\"unclosed,x\n");

        CliRunner.Result r = cli().run("import", csv.toString(), "--out", "new-deck");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("termdeck: " + csv + ":3:1: the quoted field that starts here is never "
                + "closed\n");
        assertThat(work.resolve("decks/new-deck.deck.json")).doesNotExist();
    }

    @Test
    void mergeUnitesTwoDecksIntoAThirdAndRefusesToOverwriteAnInput() throws Exception {
        Deck a = DeckJson.read(deckFile);
        Deck b = Deck.of("b", a.title(), a.generated(), List.of(Card.builder("dropout").term(
                new dev.termdeck.deck.Bilingual("dropout", "丢弃法")).build()));
        DeckJson.write(work.resolve("decks/b.deck.json"), b);

        CliRunner.Result r = cli().run("merge", "class-deck", "b", "--out", "both");
        CliRunner.Result again = cli().run("merge", "class-deck", "b", "--out", "both");
        CliRunner.Result intoInput = cli().run("merge", "class-deck", "b", "--out", "class-deck", "--force");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + work.resolve("decks/both.deck.json") + ": 10 cards (9 only in A, "
                + "1 only in B, 0 in both and changed, 0 in both unchanged)\n");
        assertThat(DeckJson.read(work.resolve("decks/both.deck.json")).name()).isEqualTo("both");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("exists; choose another --out, or pass --force");
        assertThat(intoInput.exitCode()).isEqualTo(2);
        assertThat(intoInput.err()).contains("--out must differ from the decks being merged");
        assertThat(Files.readAllBytes(deckFile)).isEqualTo(deckBytes);
    }

    @Test
    void clearErrorsForAMissingDeckABadFormatAndAnUnwritableOutput() throws Exception {
        CliRunner.Result missing = cli().run("export", "nope", "-f", "csv");
        CliRunner.Result badFormat = cli().run("export", "class-deck", "-f", "pdf");
        CliRunner.Result csvDirection = cli().run("export", "class-deck", "-f", "csv", "--direction", "zh-en");
        Path readOnly = Files.createDirectory(work.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        CliRunner.Result unwritable = cli().run("export", "class-deck", "-f", "md", "-o", "ro/x.md");
        CliRunner.Result overDeck = cli().run("export", "class-deck", "-f", "csv", "-o", deckFile.toString());
        CliRunner.Result importMd = cli().run("import", "x.md", "-f", "md", "--out", "y");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("termdeck: no deck named 'nope' in " + work.resolve("decks")
                + " (decks: class-deck)\n");
        assertThat(badFormat.err()).isEqualTo("termdeck: unknown format 'pdf' (expected one of apkg, anki-tsv, "
                + "quizlet, csv, md, html)\n");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(csvDirection.err()).contains("--direction does not apply to csv");
        if (!"root".equals(System.getProperty("user.name"))) {
            assertThat(unwritable.exitCode()).isEqualTo(1);
            assertThat(unwritable.err()).isEqualTo("termdeck: " + work.resolve("ro/x.md")
                    + ": cannot write the export (permission denied)\n");
        }
        assertThat(overDeck.exitCode()).isEqualTo(2);
        assertThat(overDeck.err()).contains("is the deck being exported");
        assertThat(importMd.err()).isEqualTo("termdeck: termdeck cannot import md (it imports apkg, anki-tsv, "
                + "quizlet, csv)\n");
        assertThat(Files.readAllBytes(deckFile)).isEqualTo(deckBytes);
    }

    @Test
    void anOutputThatCannotBeCreatedIsAClearError() throws Exception {
        Files.writeString(work.resolve("afile"), "x");

        CliRunner.Result r = cli().run("export", "class-deck", "-f", "md", "-o", "afile/x.md");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("termdeck: " + work.resolve("afile/x.md") + ": cannot write the export (");
        assertThat(r.err().lines()).hasSize(1);
    }
}
