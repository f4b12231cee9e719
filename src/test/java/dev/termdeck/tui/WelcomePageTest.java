package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.ui.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The first-run welcome, choosing either UI language. */
class WelcomePageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void asksTheLanguageThenTheDirectionSavesBothAndStarts(Lang chosen) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).startFirstRun(Lang.EN)) {
            Messages en = Messages.of(Lang.EN);
            assertThat(h.screen()).contains(en.get("welcome.title"), en.get("welcome.askLang"), "1  English",
                    "2  中文");
            assertThat(h.settingsFile.load()).isEmpty();

            h.type(chosen == Lang.EN ? "1" : "2");
            assertThat(h.screen()).contains(en.get("welcome.askLang"), "▶ " + (chosen == Lang.EN ? 1 : 2));
            h.press(KeyType.Enter);
            Messages msg = Messages.of(chosen);
            assertThat(h.screen()).contains(msg.get("welcome.title"), msg.get("welcome.askDirection"),
                    "1  " + msg.direction(Direction.EN_ZH), "5  " + msg.direction(Direction.MIXED), "2/2");

            h.press(KeyType.Escape);
            assertThat(h.screen()).contains(msg.get("welcome.askLang"), "▶ " + (chosen == Lang.EN ? 1 : 2));
            h.press(KeyType.Enter);
            h.type("2");
            assertThat(h.app.state().pages().current()).isInstanceOf(WelcomePage.class);
            h.press(KeyType.Enter);

            Settings saved = h.settingsFile.load().orElseThrow();
            assertThat(saved.uiLang()).isEqualTo(chosen);
            assertThat(saved.direction()).isEqualTo(Direction.ZH_EN);
            assertThat(CardPageTest.question(h).direction()).isEqualTo(Direction.ZH_EN);
            assertThat(h.screen()).contains(msg.direction(Direction.ZH_EN), msg.get("tui.hint.reveal"));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aNumberSelectsAndOnlyEnterMovesOnSoTheFirstCardIsNotAnswered(Lang chosen) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).startFirstRun(Lang.EN)) {
            h.type(chosen == Lang.EN ? "1" : "2").press(KeyType.Enter).type("3");
            assertThat(h.app.state().pages().current()).isInstanceOf(WelcomePage.class);
            h.press(KeyType.Enter);

            assertThat(CardPageTest.question(h).direction()).isEqualTo(Direction.TERM_DEF);
            assertThat(((CardPage) h.app.state().pages().current()).stage()).isEqualTo(CardPage.Stage.ASK);
            assertThat(h.store.reviews(java.util.List.of("ml-mini"), TuiHarness.START)).isEmpty();
        }
    }

    @Test
    void theLanguageQuestionIsAskedInBothLanguages() throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).startFirstRun(Lang.EN)) {
            assertThat(h.screen()).contains(Messages.of(Lang.EN).get("welcome.askLang"),
                    Messages.of(Lang.ZH).get("welcome.askLang"));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aLanguageGivenOnTheCommandLineIsNotAskedAgain(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).startFirstRun(lang, null)) {
            Messages msg = Messages.of(lang);
            assertThat(h.screen()).contains(msg.get("welcome.askDirection"))
                    .doesNotContain(msg.get("welcome.askLang"), "1/2", "2/2");
            h.type("2").press(KeyType.Enter);

            Settings saved = h.settingsFile.load().orElseThrow();
            assertThat(saved.uiLang()).isEqualTo(lang);
            assertThat(saved.direction()).isEqualTo(Direction.ZH_EN);
            assertThat(CardPageTest.question(h).direction()).isEqualTo(Direction.ZH_EN);
        }
    }

    @Test
    void aDirectionGivenOnTheCommandLineIsNotAskedAndWithBothTheWelcomeIsSkipped() throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).startFirstRun(null, Direction.ZH_EN)) {
            assertThat(h.screen()).contains(Messages.of(Lang.EN).get("welcome.askLang"));
            h.type("2").press(KeyType.Enter);
            assertThat(CardPageTest.question(h).direction()).isEqualTo(Direction.ZH_EN);
            assertThat(h.settingsFile.load().orElseThrow().uiLang()).isEqualTo(Lang.ZH);
        }
        try (TuiHarness h = TuiHarness.create(dir.resolve("both"), 80, 24).startFirstRun(Lang.ZH, Direction.ZH_EN)) {
            assertThat(CardPageTest.question(h).direction()).isEqualTo(Direction.ZH_EN);
            assertThat(h.msg().lang()).isEqualTo(Lang.ZH);
        }
    }
}
