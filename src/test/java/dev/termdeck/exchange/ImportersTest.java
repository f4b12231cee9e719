package dev.termdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files written by other tools and by hand, and broken rows. */
class ImportersTest {
    @Test
    void ankisOwnPlainTextExportReadsWithIdsFromTheDeckItUpdates() {
        Deck deck = Fixtures.classDeck();
        Card rlaif = deck.card("reinforcement-learning-from-ai-feedback").orElseThrow();
        String guid = AnkiGuids.guid(rlaif.id());
        // Anki's "Notes in Plain Text" export: guid, notetype and deck columns, no termdeck id column.
        String text = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
                + "#tags column:9\n"
                + "\"" + guid.replace("\"", "\"\"") + "\"\ttermdeck EN→ZH + ZH→EN\tML terms for week 2\t"
                + "\"reinforcement learning from AI feedback <span class=\"\"abbr\"\">(RLAIF)</span>\"\t"
                + "基于AI反馈的强化学习\tjī yú AI fǎn kuì de qiáng huà xué xí\t"
                + "\"<div class=\"\"def\"\" lang=\"\"en\"\">Edited in Anki.</div>\"\t\talignment\n";

        Imported in = new AnkiTextImporter().read("notes.txt", text, deck);

        Card c = in.cards().get(0);
        assertThat(c.id()).isEqualTo(rlaif.id());
        assertThat(c.term()).isEqualTo(new Bilingual("reinforcement learning from AI feedback", "基于AI反馈的强化学习"));
        assertThat(c.abbr()).isEqualTo("RLAIF");
        assertThat(c.definition()).isEqualTo(Bilingual.of(Lang.EN, "Edited in Anki."));
        assertThat(c.tags()).containsExactly("alignment");
    }

    @Test
    void fieldsReshapedByAnkisEditorAreReadAsText() {
        String text = "#separator:Comma\n#html:true\n#tags:class-a week3\n"
                + "Transformer,<b>变换器</b>,,\"<div>A network built on&nbsp;attention.</div><div><br></div>\","
                + "\"From the paper, 2017.\"\n";

        Card c = new AnkiTextImporter().read("t.csv", text, null).cards().get(0);

        assertThat(c.id()).isEqualTo("transformer");
        assertThat(c.term()).isEqualTo(new Bilingual("Transformer", "变换器"));
        assertThat(c.definition().en()).isEqualTo("A network built on attention.");
        assertThat(c.sources()).containsExactly(new Source(AnkiFields.UNKNOWN_DOC, Lang.EN, "From the paper, 2017."));
        assertThat(c.tags()).containsExactly("class-a", "week3");
    }

    @Test
    void withHtmlOffFieldsArePlainText() {
        String text = "#separator:tab\n#html:false\n#columns:English\tChinese\tDefinition\n"
                + "a <b> tag\t标签\t\"Two\nlines & more\"\n";

        Card c = new AnkiTextImporter().read("t.txt", text, null).cards().get(0);

        assertThat(c.term().en()).isEqualTo("a <b> tag");
        // A card's text is one line (the deck contract): the line break is a space.
        assertThat(c.definition().en()).isEqualTo("Two lines & more");
    }

    @Test
    void basicNotesWithFrontAndBackColumnsArePlacedByScript() {
        String text = "#separator:tab\n#html:true\n#notetype:Basic\n#columns:Front\tBack\n"
                + "知识蒸馏\tknowledge distillation\n"
                + "attention\t<b>注意力</b>\n"
                + "token\tThe unit of text a model reads.\n";

        Imported in = new AnkiTextImporter().read("basic.txt", text, null);

        assertThat(in.cards()).extracting(Card::term).containsExactly(
                new Bilingual("knowledge distillation", "知识蒸馏"), new Bilingual("attention", "注意力"),
                Bilingual.of(Lang.EN, "token"));
        assertThat(in.cards().get(2).definition()).isEqualTo(Bilingual.of(Lang.EN, "The unit of text a model reads."));
        assertThat(in.warnings()).isEmpty();
    }

    @Test
    void withoutColumnsTwoFieldsAreAFrontAndABackNotEnglishThenChinese() {
        String text = "#separator:tab\n#html:true\n知识蒸馏\tknowledge distillation\n";

        Card c = new AnkiTextImporter().read("t.txt", text, null).cards().get(0);

        assertThat(c.term()).isEqualTo(new Bilingual("knowledge distillation", "知识蒸馏"));
        assertThat(c.id()).isEqualTo("knowledge-distillation");
    }

    @Test
    void ankisExportOfBasicNotesReadsByTheirNoteTypeColumn() {
        String text = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
                + "#tags column:6\n"
                + "abc\tBasic (and reversed card)\tWeek 1\t知识蒸馏\tknowledge distillation\tweek1\n"
                + "def\tBasic\tWeek 1\tdropout\t随机失活\tweek1\n";

        Imported in = new AnkiTextImporter().read("notes.txt", text, null);

        assertThat(in.cards()).extracting(Card::term).containsExactly(
                new Bilingual("knowledge distillation", "知识蒸馏"), new Bilingual("dropout", "随机失活"));
        assertThat(in.cards()).allSatisfy(c -> assertThat(c.tags()).containsExactly("week1"));
    }

    @Test
    void aTermdeckNoteWithTheChineseInTheEnglishFieldIsReadTheRightWayRound() {
        String text = "#separator:tab\n#html:true\n知识蒸馏\tknowledge distillation\t\t\t\n";

        Card c = new AnkiTextImporter().read("t.txt", text, null).cards().get(0);

        assertThat(c.term()).isEqualTo(new Bilingual("knowledge distillation", "知识蒸馏"));
    }

    @Test
    void unknownColumnsAreNamedInTheErrorAndTheWarning() {
        String text = "#separator:tab\n#columns:Vorderseite\tRückseite\n知识蒸馏\tknowledge distillation\n";

        assertThatThrownBy(() -> new AnkiTextImporter().read("t.txt", text, null))
                .isInstanceOf(TermdeckException.class)
                .hasMessageStartingWith("t.txt:3:1: no English or Chinese term (columns 'Vorderseite', 'Rückseite'"
                        + " are not read; termdeck reads English, Chinese, Pinyin, Definition, Source, Front, Back");

        Imported some = new AnkiTextImporter().read("t.txt", "#separator:tab\n#columns:English\tNotes\nx\ty\n",
                null);
        assertThat(some.warnings()).containsExactly("t.txt: column 'Notes' is not read (termdeck reads English,"
                + " Chinese, Pinyin, Definition, Source, Front, Back, guid, tags and termdeck id)");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesLineAndColumn() {
        String text = "#separator:tab\n#html:true\na\tb\tc\nd\te\n";

        assertThatThrownBy(() -> new AnkiTextImporter().read("t.txt", text, null))
                .isInstanceOf(TermdeckException.class)
                .hasMessage("t.txt:4:4: 2 fields, expected 3 as on line 3");
    }

    @Test
    void anUnknownSeparatorIsNamed() {
        assertThatThrownBy(() -> new AnkiTextImporter().read("t.txt", "#separator:dots\na\n", null))
                .hasMessage("t.txt:1:12: unknown separator 'dots' (expected tab, comma, semicolon, space, pipe, "
                        + "colon or one character)");
    }

    @Test
    void handMadeQuizletSetsArePlacedByScript() {
        String text = "\uFEFF涌现能力\temergent ability\r\n"
                + "large language model (LLM)\t大语言模型 (dà yǔ yán mó xíng)\r\n"
                + "\r\n"
                + "token\tThe unit of text a model reads.\r\n"
                + "词元\t模型读取文本的单位。\r\n";

        List<Card> cards = new QuizletImporter().read("set.txt", text, null).cards();

        assertThat(cards).extracting(Card::id).containsExactly("emergent-ability", "large-language-model", "token",
                "词元");
        assertThat(cards.get(0).term()).isEqualTo(new Bilingual("emergent ability", "涌现能力"));
        assertThat(cards.get(1).abbr()).isEqualTo("LLM");
        assertThat(cards.get(1).pinyin()).isEqualTo("dà yǔ yán mó xíng");
        assertThat(cards.get(2).definition()).isEqualTo(Bilingual.of(Lang.EN, "The unit of text a model reads."));
        assertThat(cards.get(2).term().zh()).isNull();
        assertThat(cards.get(3).definition()).isEqualTo(Bilingual.of(Lang.ZH, "模型读取文本的单位。"));
    }

    @Test
    void aQuizletLineWithoutATabIsNamed() {
        assertThatThrownBy(() -> new QuizletImporter().read("set.txt", "a\tb\nno tab here\n", null))
                .hasMessage("set.txt:2:12: no tab between term and definition");
    }

    @Test
    void twoLinesForOneTermAreRefused() {
        assertThatThrownBy(() -> new QuizletImporter().read("set.txt", "token\tx\nToken\ty\n", null))
                .hasMessage("set.txt:2: card 'token' is already on line 1");
    }

    @Test
    void spreadsheetCsvWithFriendlyColumnNamesImports() {
        String text = "English,Chinese,Pinyin,Definition,Notes\r\n"
                + "\"attention, self-\",自注意力,zì zhù yì lì,\"Relates positions of \"\"one\"\" sequence.\",x\r\n";

        Imported in = new CsvImporter().read("sheet.csv", text, null);

        Card c = in.cards().get(0);
        assertThat(c.id()).isEqualTo("attention-self");
        assertThat(c.term()).isEqualTo(new Bilingual("attention, self-", "自注意力"));
        assertThat(c.definition().en()).isEqualTo("Relates positions of \"one\" sequence.");
        assertThat(in.warnings()).containsExactly("sheet.csv:1:35: column 'Notes' ignored");
    }

    @Test
    void csvErrorsNameLineColumnAndField() {
        String header = String.join(",", CsvExporter.COLUMNS) + "\n";
        assertThatThrownBy(() -> new CsvImporter().read("d.csv", header + "a,alpha,,,,,,,,,,high,,,\n", null))
                .hasMessage("d.csv:2:18 (score): 'high' is not a number");
        assertThatThrownBy(() -> new CsvImporter().read("d.csv", header + "a,alpha,,,,,,,,,\"[{\"\"doc\"\":1}]\",,,,\n",
                null)).hasMessageStartingWith("d.csv:2:17 (sources): not a JSON list");
        assertThatThrownBy(() -> new CsvImporter().read("d.csv", header + "a,alpha\n", null))
                .hasMessage("d.csv:2:8: 2 fields, expected 15 as in the header row");
        assertThatThrownBy(() -> new CsvImporter().read("d.csv", "pinyin\nyī\n", null))
                .hasMessage("d.csv:1:1: no term column (term_en, term_zh, english, chinese or term)");
        assertThatThrownBy(() -> new CsvImporter().read("d.csv", "english\n\"...\"\n", null))
                .hasMessage("d.csv:2:1: term '...' has no letter or digit to make an id from");
    }

    @Test
    void formatIsToldFromNameAndFirstLine() {
        assertThat(Imports.guess(Path.of("x.csv"), "a,b")).isEqualTo(Format.CSV);
        assertThat(Imports.guess(Path.of("x.txt"), "\uFEFF#separator:tab\n")).isEqualTo(Format.ANKI_TSV);
        assertThat(Imports.guess(Path.of("x.txt"), "id,term_en\n")).isEqualTo(Format.CSV);
        assertThat(Imports.guess(Path.of("x.txt"), "a\tb\nc\td\n")).isEqualTo(Format.QUIZLET);
        assertThatThrownBy(() -> Imports.guess(Path.of("x.txt"), "just words\n"))
                .hasMessageContaining("cannot tell the format");
        assertThat(Imports.isPackage(Path.of("x.APKG"))).isTrue();
        assertThat(Imports.isPackage(Path.of("x.txt"))).isFalse();
    }
}
