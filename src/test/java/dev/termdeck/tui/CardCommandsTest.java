package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyType;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.study.Undone;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.store.CardMark;
import dev.termdeck.ui.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Suspend, bury, flag, delete, add and undo on the card screen, and the browse screen's marks. */
class CardCommandsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void suspendMovesOnAndUndoBringsTheCardBack(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            Question first = CardPageTest.question(h);
            Messages msg = h.msg();

            h.type("!");
            assertThat(CardPageTest.question(h).key()).isNotEqualTo(first.key());
            assertThat(h.screen()).contains(msg.get("tui.card.suspended", first.card().term().en()).substring(0, 12));
            assertThat(h.app.state().library().mark("ml-mini", first.card().id()).suspended()).isTrue();

            h.type("u");
            assertThat(CardPageTest.question(h).key()).isEqualTo(first.key());
            assertThat(h.screen()).contains(msg.undone(Undone.Kind.SUSPEND, first.card().term().en()));
            assertThat(h.app.state().library().mark("ml-mini", first.card().id())).isEqualTo(CardMark.NONE);

            h.type("-");
            assertThat(h.app.state().library().mark("ml-mini", first.card().id()).buriedUntil()).isNotNull();
            assertThat(CardPageTest.question(h).key()).isNotEqualTo(first.key());
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aFlagShowsInTheHeaderAndDeleteIsUndoneIntoTheDeckFile(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            Question first = CardPageTest.question(h);
            Messages msg = h.msg();
            Path file = dir.resolve("decks/ml-mini.deck.json");

            h.type("f");
            assertThat(h.rows().get(0)).contains("⚑");
            h.type("u");
            assertThat(h.rows().get(0)).doesNotContain("⚑");

            h.type(" ").type("D");
            assertThat(DeckJson.read(file).card(first.card().id())).isEmpty();
            assertThat(DeckJson.read(file).removed()).hasSize(1);
            assertThat(CardPageTest.question(h).key()).isNotEqualTo(first.key());

            h.type("u");
            assertThat(DeckJson.read(file).card(first.card().id())).contains(first.card());
            assertThat(DeckJson.read(file).removed()).isEmpty();
            assertThat(CardPageTest.question(h).key()).isEqualTo(first.key());
            assertThat(h.screen()).contains(msg.undone(Undone.Kind.DELETE, first.card().term().en()));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aCardAddedFromTheCardScreenIsSavedAndCounted(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            Messages msg = h.msg();
            int before = h.app.state().session().progress().newLeft();

            h.type("A");
            assertThat(h.app.state().pages().current()).isInstanceOf(EditPage.class);
            assertThat(h.screen()).contains(msg.get("tui.add.title"), "ml-mini");
            h.type("knowledge distillation").press(KeyType.Tab).type("知识蒸馏");
            for (int i = 0; i < 8; i++) {
                h.press(KeyType.Tab);
            }
            h.press(KeyType.Enter);

            assertThat(h.app.state().pages().current()).isInstanceOf(CardPage.class);
            assertThat(h.screen()).contains(msg.get("tui.add.saved", "knowledge distillation", "ml-mini"));
            Deck deck = DeckJson.read(dir.resolve("decks/ml-mini.deck.json"));
            Card added = deck.card("knowledge-distillation").orElseThrow();
            assertThat(added.pinyin()).isNotBlank();
            assertThat(added.edited()).isTrue();
            assertThat(h.app.state().session().progress().newLeft()).isEqualTo(before + 1);
            assertThat(h.rows().get(0)).contains(msg.get("tui.count.new", before + 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theCountOfTheShownCardsQueueIsInBoldUnderline(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            String count = h.msg().get("tui.count.new", 10);
            int col = h.columnOf(count);
            assertThat(h.cell(col, 0).getModifiers()).contains(SGR.BOLD, SGR.UNDERLINE);
            int learning = h.columnOf(h.msg().get("tui.count.learning", 0));
            assertThat(h.cell(learning, 0).getModifiers()).doesNotContain(SGR.UNDERLINE);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void inTypeModeTheCommandKeysAreTextUntilEscLeavesTheField(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.TYPE)) {
            Question first = CardPageTest.question(h);
            h.type("a-b!D");
            assertThat(CardPageTest.question(h).key()).isEqualTo(first.key());
            assertThat(((CardPage) h.app.state().pages().current()).input().text()).isEqualTo("a-b!D");

            h.press(KeyType.Escape).type("!");
            assertThat(CardPageTest.question(h).key()).isNotEqualTo(first.key());
            assertThat(h.app.state().library().mark("ml-mini", first.card().id()).suspended()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void browseShowsMarksAndItsListKeysSuspendAndUnsuspend(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            Question first = CardPageTest.question(h);
            Messages msg = h.msg();
            h.type("f").type("!");
            h.type("/").type(first.card().term().en());
            assertThat(h.screen()).contains("⚑ ⊘", "⊘ " + msg.get("browse.suspended"), "⚑ " + msg.get("card.flagged"));

            h.press(KeyType.Tab).type("!");
            assertThat(h.app.state().library().mark("ml-mini", first.card().id()).suspended()).isFalse();
            assertThat(h.screen()).doesNotContain("⊘").contains(msg.get("tui.browse.unsuspended",
                    first.card().term().en()));
            h.type("f");
            assertThat(h.app.state().library().mark("ml-mini", first.card().id()).flagged()).isFalse();
            h.type("x");
            assertThat(((BrowsePage) h.app.state().pages().current()).query().text()).endsWith("x");
            assertThat(((BrowsePage) h.app.state().pages().current()).inList()).isFalse();
        }
    }
}
