package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Resizing, the too-small notice and wide-character layout, in both UI languages. */
class TuiAppTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void redrawsOnResizeAndSaysWhenTheTerminalIsTooSmall(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            Question q = CardPageTest.question(h);
            h.resize(120, 40);
            assertThat(h.rows()).hasSize(40);
            assertThat(h.rows().get(0)).hasSizeGreaterThan(90);
            assertThat(h.rows().get(39)).contains("?");
            assertThat(h.screen()).contains(q.prompt());

            h.resize(20, 5);
            String small = String.join("", h.rows()).replace(" ", "");
            String expected = h.msg().get("error.terminalTooSmall", 20, 5, TuiApp.MIN_COLUMNS, TuiApp.MIN_ROWS);
            assertThat(small).contains(expected.replace(" ", "").substring(0, 12));
            h.type(" ");
            assertThat(CardPageTest.question(h)).isSameAs(q);

            h.resize(80, 24);
            assertThat(h.screen()).contains(q.prompt()).doesNotContain(expected);
            h.type(" ");
            assertThat(h.screen()).contains(q.answer());

            h.resize(20, 5).type("q");
            assertThat(h.app.done()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void labelledValuesLineUpByDisplayWidth(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.ZH_EN, Mode.FLIP)) {
            while (CardPageTest.question(h).card().pinyin() == null || CardPageTest.question(h).card().abbr() == null) {
                h.type(" ").type("3");
            }
            h.type(" ");
            Question q = CardPageTest.question(h);
            List<Integer> starts = List.of(h.columnOf(q.answer()), h.columnOf(q.card().pinyin()),
                    h.columnOf("  " + q.card().abbr()) + 2);
            assertThat(starts).allSatisfy(c -> assertThat(c).isEqualTo(starts.get(0)));
            int answerRow = CardPageTest.rowOf(h, q.answer());
            assertThat(h.rows().get(answerRow)).startsWith("    " + h.msg().get("card.answer"));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void endOfInputQuits(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.press(new KeyStroke(com.googlecode.lanterna.input.KeyType.EOF));
            assertThat(h.app.done()).isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void withoutColourNoCellHasAColourButMeaningStillShows() throws Exception {
        dev.termdeck.study.settings.Settings saved = dev.termdeck.study.settings.Settings.defaults()
                .withUiLang(Lang.EN).withMode(Mode.TYPE);
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(saved,
                dev.termdeck.study.settings.RunChoices.NONE, Lang.EN, false)) {
            h.type("wrong answer").press(com.googlecode.lanterna.input.KeyType.Enter);
            assertThat(h.screen()).contains("✗", "▶");
            for (int row = 0; row < 24; row++) {
                for (int col = 0; col < 80; col++) {
                    assertThat(h.cell(col, row).getForegroundColor())
                            .isEqualTo(com.googlecode.lanterna.TextColor.ANSI.DEFAULT);
                }
            }
            assertThat(h.cell(h.columnOf("▶"), CardPageTest.rowOf(h, "▶")).getModifiers()).isNotEmpty();
        }
        try (TuiHarness h = TuiHarness.create(dir.resolve("colour"), 80, 24).start(Lang.EN, Direction.EN_ZH,
                Mode.TYPE)) {
            h.type("wrong answer").press(com.googlecode.lanterna.input.KeyType.Enter);
            int row = CardPageTest.rowOf(h, "✗");
            assertThat(h.cell(h.columnOf("✗"), row).getForegroundColor())
                    .isEqualTo(com.googlecode.lanterna.TextColor.ANSI.RED);
        }
    }
}
