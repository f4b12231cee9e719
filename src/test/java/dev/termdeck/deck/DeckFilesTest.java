package dev.termdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.TermdeckException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckFilesTest {
    @TempDir
    Path dir;

    private Path decks;
    private DeckFiles files;

    @BeforeEach
    void decks() throws IOException {
        decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("basics.deck.json"), "{}");
        Files.writeString(decks.resolve("ml-mini.deck.json"), "{}");
        Files.writeString(decks.resolve("notes.txt"), "not a deck");
        files = new DeckFiles(decks, dir);
    }

    @Test
    void withoutSpecsEveryDeckOfTheDecksDirectoryIsSelectedInNameOrder() throws IOException {
        assertThat(files.selected(List.of())).containsExactly(decks.resolve("basics.deck.json"),
                decks.resolve("ml-mini.deck.json"));
    }

    @Test
    void namesPathsAndDirectoriesSelectDecks() throws IOException {
        DeckFiles elsewhere = new DeckFiles(Path.of("/nowhere"), dir);

        assertThat(files.selected(List.of("basics"))).containsExactly(decks.resolve("basics.deck.json"));
        assertThat(elsewhere.selected(List.of("decks/ml-mini.deck.json")))
                .containsExactly(decks.resolve("ml-mini.deck.json"));
        assertThat(elsewhere.selected(List.of("decks/"))).hasSize(2);
    }

    @Test
    void aDeckNameWinsOverAFileOfTheSameNameInTheWorkingDirectoryForEveryCommand() throws IOException {
        Files.writeString(dir.resolve("basics"), "a file that happens to be called basics");
        Path deck = decks.resolve("basics.deck.json");

        assertThat(files.existing("basics")).isEqualTo(deck);
        assertThat(files.target("basics")).isEqualTo(deck);
        assertThat(files.selected(List.of("basics"))).containsExactly(deck);
    }

    @Test
    void aNameThatIsNoDeckButAFileHereIsThatFile() throws IOException {
        Path here = dir.resolve("week2");
        Files.writeString(here, "{}");

        assertThat(files.existing("week2")).isEqualTo(here);
        assertThat(files.selected(List.of("week2"))).containsExactly(here);
        assertThat(files.target("week3")).isEqualTo(decks.resolve("week3.deck.json"));
    }

    @Test
    void anUnknownNameIsABadRequestListingTheDecks() {
        assertThatThrownBy(() -> files.existing("nope"))
                .isInstanceOf(TermdeckException.class)
                .hasMessage("no deck named 'nope' in " + decks + " (decks: basics, ml-mini)")
                .satisfies(e -> assertThat(((TermdeckException) e).kind())
                        .isEqualTo(TermdeckException.Kind.BAD_REQUEST));
        assertThatThrownBy(() -> files.selected(List.of("nope")))
                .hasMessage("no deck named 'nope' in " + decks + " (decks: basics, ml-mini)");
        assertThatThrownBy(() -> files.existing("gone/x.deck.json"))
                .hasMessage(dir.resolve("gone/x.deck.json") + ": no such deck file");
    }

    @Test
    void noDecksIsAClearErrorNamingTheDirectory() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> new DeckFiles(empty, dir).selected(List.of()))
                .isInstanceOf(NoDecksException.class)
                .hasMessage(empty + ": no decks (*.deck.json) here");
        assertThatThrownBy(() -> new DeckFiles(dir.resolve("none"), dir).selected(List.of()))
                .isInstanceOf(NoDecksException.class)
                .hasMessage(dir.resolve("none") + ": no decks directory");
    }
}
