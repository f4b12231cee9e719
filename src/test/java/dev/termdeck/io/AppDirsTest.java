package dev.termdeck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {
    private static final Path WORK = Path.of("/work/dir");

    @Test
    void homeFromTheEnvironmentWinsOverTheAccountsHome() {
        AppDirs dirs = AppDirs.of(Map.of("HOME", "/tmp/elsewhere"), "/root", null, WORK);

        assertThat(dirs.dataDir()).isEqualTo(Path.of("/tmp/elsewhere/.local/share/termdeck"));
    }

    @Test
    void withoutHomeTheAccountsHomeIsUsed() {
        assertThat(AppDirs.of(Map.of(), "/root", null, WORK).dataDir())
                .isEqualTo(Path.of("/root/.local/share/termdeck"));
        assertThat(AppDirs.of(Map.of("HOME", ""), "/root", null, WORK).dataDir())
                .isEqualTo(Path.of("/root/.local/share/termdeck"));
        assertThat(AppDirs.of(Map.of("HOME", "relative/home"), "/root", null, WORK).dataDir())
                .isEqualTo(Path.of("/root/.local/share/termdeck"));
    }

    @Test
    void termdeckHomeAndXdgDataHomeComeBeforeHome() {
        assertThat(AppDirs.of(Map.of("HOME", "/h", "TERMDECK_HOME", "/data"), "/root", null, WORK).dataDir())
                .isEqualTo(Path.of("/data"));
        assertThat(AppDirs.of(Map.of("HOME", "/h", "XDG_DATA_HOME", "/xdg"), "/root", null, WORK).dataDir())
                .isEqualTo(Path.of("/xdg/termdeck"));
    }
}
