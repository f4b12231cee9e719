package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.ui.Messages;
import java.nio.file.Path;
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
            Messages msg = Messages.of(chosen);
            assertThat(h.screen()).contains(msg.get("welcome.title"), msg.get("welcome.askDirection"),
                    "1  " + msg.direction(Direction.EN_ZH), "5  " + msg.direction(Direction.MIXED), "2/2");

            h.press(KeyType.Escape);
            assertThat(h.screen()).contains(msg.get("welcome.askLang"), "▶ " + (chosen == Lang.EN ? 1 : 2));
            h.press(KeyType.Enter);
            h.press(KeyType.ArrowDown).press(KeyType.Enter);

            Settings saved = h.settingsFile.load().orElseThrow();
            assertThat(saved.uiLang()).isEqualTo(chosen);
            assertThat(saved.direction()).isEqualTo(Direction.ZH_EN);
            assertThat(CardPageTest.question(h).direction()).isEqualTo(Direction.ZH_EN);
            assertThat(h.screen()).contains(msg.direction(Direction.ZH_EN), msg.get("tui.hint.reveal"));
        }
    }
}
