package dev.termdeck.study.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void noFileMeansTheFirstRun() {
        assertThat(new SettingsFile(dir.resolve("settings.json")).load()).isEmpty();
    }

    @Test
    void savedSettingsReadBackTheSame() throws Exception {
        SettingsFile f = new SettingsFile(dir.resolve("sub/settings.json"));
        Settings s = Settings.defaults().withUiLang(Lang.ZH).withDirection(Direction.MIXED).withMode(Mode.CLOZE)
                .withLimits(5, 50).withDesiredRetention(0.85);

        f.save(s);

        assertThat(f.load()).contains(s);
        assertThat(Files.readString(f.file())).contains("\"direction\" : \"mixed\"", "\"uiLang\" : \"zh\"");
    }

    @Test
    void missingFieldsTakeTheirDefaultsAndUnknownOnesAreIgnored() throws Exception {
        Path p = dir.resolve("settings.json");
        Files.writeString(p, "{\"mode\": \"type\", \"theme\": \"dark\"}");

        assertThat(new SettingsFile(p).load()).contains(Settings.defaults().withMode(Mode.TYPE));
    }

    @Test
    void aBadValueNamesTheFileAndIsLeftAlone() throws Exception {
        Path p = dir.resolve("settings.json");
        Files.writeString(p, "{\"direction\": \"sideways\"}");

        assertThatThrownBy(() -> new SettingsFile(p).load()).isInstanceOf(TermdeckException.class)
                .hasMessage(p + ": unknown direction 'sideways' (expected en-zh, zh-en, term-def, def-term or mixed);"
                        + " fix or delete the file");
        assertThat(Files.readString(p)).isEqualTo("{\"direction\": \"sideways\"}");
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws Exception {
        Path p = dir.resolve("settings.json");
        Files.writeString(p, "{\n  \"mode\": \"flip\",\n  oops\n}");

        assertThatThrownBy(() -> new SettingsFile(p).load()).hasMessageStartingWith(p + ":3:")
                .hasMessageNotContaining("\n");
    }
}
