package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.ui.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The deck list with its counts, in both UI languages. */
class DeckListPageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void listsEachDeckWithItsCountsAndStudiesTheSelectedOne(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "ml-mini", "basics")
                .start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.press(KeyType.Escape).press(KeyType.Enter);
            assertThat(h.app.state().pages().current()).isInstanceOf(DeckListPage.class);
            Messages msg = h.msg();
            String screen = h.screen();
            assertThat(screen).contains(msg.get("deck.list"), msg.get("deck.cards"), msg.get("deck.new"),
                    msg.get("deck.due"), msg.get("tui.decks.all"), msg.get("tui.decks.allCount", 2), "basics",
                    "ml-mini");
            String title = lang == Lang.ZH ? "机器学习术语（测试用）" : "ML terms (test fixture)";
            assertThat(screen).contains(title);
            assertThat(row(h, title)).matches(".*" + java.util.regex.Pattern.quote(title) + "\\s+12\\s+12\\s+0\\s+0");
            assertThat(row(h, msg.get("tui.decks.all"))).matches(".*▶ " + msg.get("tui.decks.all")
                    + "\\s+15\\s+15\\s+0\\s+0");

            h.press(KeyType.ArrowDown);
            assertThat(row(h, "▶")).contains(lang == Lang.ZH ? "基础" : "Basics");
            h.press(KeyType.Enter);
            assertThat(CardPageTest.question(h).key().deck()).isEqualTo("basics");
            assertThat(h.app.state().sessionDecks()).containsExactly("basics");
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void saysSoWhenNothingIsLeftToStudy(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "basics").start(lang, Direction.EN_ZH, Mode.FLIP)) {
            while (h.app.state().pages().current() instanceof CardPage) {
                h.type(" ").type("4");
            }
            h.press(KeyType.Enter).press(KeyType.Enter);
            assertThat(h.app.state().pages().current()).isInstanceOf(DeckListPage.class);
            assertThat(h.screen()).contains(h.msg().get("session.nothingDue"));
            h.press(KeyType.Escape);
            assertThat(h.app.done()).as("Esc on the first page does not end the program").isFalse();
            assertThat(h.app.state().pages().current()).isInstanceOf(DeckListPage.class);
            h.type("q");
            assertThat(h.app.done()).isTrue();
        }
    }

    private static String row(TuiHarness h, String text) {
        return h.rows().get(CardPageTest.rowOf(h, text));
    }
}
