package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.settings.RunChoices;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.ui.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The settings screen in both UI languages. */
class SettingsPageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void changesAreSavedAndTheSessionRestartsInTheNewMode(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.type("o");
            Messages msg = h.msg();
            assertThat(h.screen()).contains(msg.get("settings.title"), msg.get("settings.uiLang"),
                    msg.get("settings.direction"), msg.get("settings.mode"), msg.get("settings.newPerDay"),
                    msg.get("settings.reviewsPerDay"), msg.get("settings.retention"), "0.90",
                    "◀ " + msg.get("tui.lang.autonym." + lang.code()) + " ▶");

            h.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowRight, KeyType.ArrowRight);
            assertThat(h.screen()).contains("◀ " + msg.mode(Mode.CHOICE) + " ▶");
            h.press(KeyType.ArrowDown, KeyType.ArrowLeft, KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown,
                    KeyType.ArrowRight);
            assertThat(h.screen()).contains("19", "0.91");
            h.press(KeyType.Enter);

            Settings saved = h.settingsFile.load().orElseThrow();
            assertThat(saved.mode()).isEqualTo(Mode.CHOICE);
            assertThat(saved.newPerDay()).isEqualTo(19);
            assertThat(saved.desiredRetention()).isEqualTo(0.91);
            assertThat(saved.uiLang()).isEqualTo(lang);
            assertThat(CardPageTest.question(h).mode()).isEqualTo(Mode.CHOICE);
            assertThat(h.screen()).contains(msg.get("settings.saved"));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theInterfaceLanguageSwitchesAtOnce(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.type("o");
            Lang other = lang.other();
            while (h.settingsFile.load().orElseThrow().uiLang() != other) {
                h.press(KeyType.ArrowRight);
            }
            Messages now = h.msg();
            assertThat(now.lang()).isEqualTo(other);
            assertThat(h.screen()).contains(now.get("settings.title"), now.get("settings.uiLang"));
            assertThat(h.settingsFile.load().orElseThrow().uiLang()).isEqualTo(other);
            h.press(KeyType.Escape);
            assertThat(h.screen()).contains(now.get("tui.hint.reveal"));
        }
    }

    @org.junit.jupiter.api.Test
    void theScreenShowsTheRunningSessionsValuesAndSavesOnlyWhatWasChanged() throws Exception {
        Settings saved = Settings.defaults().withUiLang(Lang.EN);
        RunChoices run = new RunChoices(Lang.ZH, null, Mode.TYPE, null, null, null);
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(saved, run, Lang.ZH, true)) {
            h.press(KeyType.Escape).type("o");
            Messages zh = Messages.of(Lang.ZH);
            assertThat(h.screen()).contains(zh.get("settings.title"), "◀ 中文 ▶", zh.mode(Mode.TYPE))
                    .doesNotContain(zh.mode(Mode.FLIP));

            h.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowRight, KeyType.Enter);

            Settings now = h.settingsFile.load().orElseThrow();
            assertThat(now.newPerDay()).isEqualTo(21);
            assertThat(now.mode()).isEqualTo(Mode.FLIP);
            assertThat(now.uiLang()).isEqualTo(Lang.EN);
            assertThat(CardPageTest.question(h).mode()).isEqualTo(Mode.TYPE);
            assertThat(h.msg().lang()).isEqualTo(Lang.ZH);
        }
    }
}
