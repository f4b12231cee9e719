package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.testing.Requires;
import dev.termdeck.testing.Tmux;
import dev.termdeck.ui.DisplayWidth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher in a real terminal (tmux): what a user sees. */
class TerminalLauncherIT {
    @TempDir
    Path home;

    @Test
    void corpusListingFitsAnEightyColumnTerminal() throws Exception {
        Requires.tool(Tmux.available(), "tmux is not installed");
        try (Tmux t = Tmux.start(Path.of("").toAbsolutePath(), 80, 24, Map.of("TERMDECK_HOME", home.toString()),
                "./termdeck", "corpus")) {
            String screen = t.waitForText("[exited 0]", Duration.ofSeconds(30));

            assertThat(screen).contains("28 papers (15 en, 13 zh, 0 en+zh) from 4 files; 3 duplicates dropped");
            assertThat(screen.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(80));
        }
    }

    @Test
    void aBrokenDeckUnderTheFullScreenUiIsOneLineAndTheTerminalIsRestored() throws Exception {
        Requires.tool(Tmux.available(), "tmux is not installed");
        // The full-screen UI starts acquiring the terminal (raw mode) while the decks are read; a deck that fails
        // must give the terminal back before the error is printed.
        Path deck = Files.writeString(home.resolve("broken.deck.json"), "{\"format\": \"termdeck/1\", \"name\": ");
        String launcher = Path.of("termdeck").toAbsolutePath() + " " + deck;
        try (Tmux t = Tmux.start(Path.of("").toAbsolutePath(), 80, 24, Map.of("TERMDECK_HOME", home.toString()),
                "bash", "-c", launcher + "; echo \"[study $?]\"; stty -a")) {
            String screen = t.waitForText("[exited 0]", Duration.ofSeconds(30));

            assertThat(screen).contains("termdeck: " + deck + ":1:")
                    .contains("[study 1]")
                    .contains("isig icanon ", " echo ")
                    .doesNotContain("-icanon", "-echo ", "-isig", "Exception");
        }
    }
}
