package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.ui.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Editing a card from the card screen and from browse, in both UI languages. */
class EditPageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void savesTheEditedCardIntoItsDeckAndTheSessionUsesIt(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "basics").start(lang, Direction.EN_ZH, Mode.FLIP)) {
            Card card = CardPageTest.question(h).card();
            h.type("e");
            Messages msg = h.msg();
            assertThat(h.screen()).contains(msg.get("edit.title"), card.id(), msg.get("tui.edit.termEn"),
                    msg.get("tui.edit.definitionZh"), "[ " + msg.get("tui.edit.save") + " ]", card.term().zh());

            for (int i = 0; i < 4; i++) {
                h.press(KeyType.Tab);
            }
            h.type("XYZ");
            h.press(KeyType.Tab).type("拼音");
            assertThat(h.screen()).contains("XYZ");
            for (int i = 0; i < 4; i++) {
                h.press(KeyType.Tab);
            }
            h.press(KeyType.Enter);

            assertThat(h.app.state().pages().current()).isInstanceOf(CardPage.class);
            Path file = dir.resolve("decks/basics.deck.json");
            assertThat(h.screen()).contains(msg.get("edit.saved", file).substring(0, 6));
            Card saved = DeckJson.read(file).card(card.id()).orElseThrow();
            assertThat(saved.edited()).isTrue();
            assertThat(saved.abbr()).isEqualTo("XYZ");
            assertThat(saved.editedFields()).contains("abbr");
            assertThat(CardPageTest.question(h).card().abbr()).isEqualTo("XYZ");
            h.type(" ");
            assertThat(h.screen()).contains("XYZ", "✎ " + msg.get("card.edited"));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void escapeCancelsAndAnEmptyTermIsRefused(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "basics").start(lang, Direction.EN_ZH, Mode.FLIP)) {
            Path file = dir.resolve("decks/basics.deck.json");
            String before = Files.readString(file);
            h.type("/").press(KeyType.Enter);
            assertThat(h.app.state().pages().current()).isInstanceOf(EditPage.class);
            h.ctrl('u').press(KeyType.Tab).ctrl('u');
            h.press(KeyType.Tab, KeyType.Tab, KeyType.Tab, KeyType.Tab, KeyType.Tab, KeyType.Tab, KeyType.Tab,
                    KeyType.Tab).press(KeyType.Enter);
            assertThat(h.screen()).contains(h.msg().get("tui.edit.needTerm"));
            assertThat(h.app.state().pages().current()).isInstanceOf(EditPage.class);

            h.press(KeyType.Escape);
            assertThat(h.app.state().pages().current()).isInstanceOf(BrowsePage.class);
            assertThat(h.screen()).contains(h.msg().get("tui.edit.cancelled"));
            assertThat(Files.readString(file)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void longFieldsShowTheirStartWrappedBetweenWords(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "basics").start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.type("e");
            for (int i = 0; i < 6; i++) {
                h.press(KeyType.Tab);
            }
            StringBuilder text = new StringBuilder();
            for (int i = 1; text.length() < 400; i++) {
                text.append(text.length() == 0 ? "" : " ").append("word").append(i).append("th");
            }
            h.ctrl('u').type(text.toString());
            h.press(KeyType.Tab);

            List<String> shown = h.rows().stream().filter(r -> r.contains("word")).toList();
            assertThat(shown).hasSize(3);
            assertThat(shown.get(0)).contains("word1th word2th");
            java.util.Set<String> words = java.util.Set.of(text.toString().split(" "));
            for (String r : shown) {
                for (String w : r.replace("…", " ").strip().split("\\s+")) {
                    if (w.startsWith("word")) {
                        assertThat(words).as("a whole word on the screen").contains(w);
                    }
                }
            }
            assertThat(shown.get(2)).endsWith("…");

            h.press(KeyType.ReverseTab);
            assertThat(h.rows().stream().filter(r -> r.contains("word")).findFirst().orElseThrow())
                    .contains("word1th word2th");
            assertThat(h.screen.getCursorPosition().getRow()).isEqualTo(CardPageTest.rowOf(h, "word1th "));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aChangedChineseTermGetsItsPinyinSoPinyinAnswersAreRight(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.TYPE)) {
            Card card = CardPageTest.question(h).card();
            h.press(KeyType.Escape).type("e").press(KeyType.Tab).ctrl('u').type("联邦学习");
            for (int i = 0; i < 8; i++) {
                h.press(KeyType.Tab);
            }
            h.press(KeyType.Enter);

            Card saved = DeckJson.read(dir.resolve("decks/ml-mini.deck.json")).card(card.id()).orElseThrow();
            assertThat(saved.term().zh()).isEqualTo("联邦学习");
            assertThat(saved.pinyin()).isEqualTo("lián bāng xué xí");
            assertThat(CardPageTest.question(h).card().pinyin()).isEqualTo("lián bāng xué xí");
            h.type("lian bang xue xi").press(KeyType.Enter);
            assertThat(h.screen()).contains("✓");
        }
    }
}
