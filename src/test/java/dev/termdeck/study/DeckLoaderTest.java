package dev.termdeck.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.DeckFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckLoaderTest {
    @TempDir
    Path dir;

    @Test
    void withoutNamesEveryDeckInTheDirectoryIsLoadedInNameOrder() throws Exception {
        Path decks = dir.resolve("decks");
        Fixtures.copyTo(decks, "ml-mini", "basics");
        Files.writeString(decks.resolve("notes.txt"), "not a deck");

        List<LoadedDeck> loaded = DeckLoader.load(decks, dir, List.of());

        assertThat(loaded).extracting(LoadedDeck::name).containsExactly("basics", "ml-mini");
    }

    @Test
    void namesAndPathsSelectDecks() throws Exception {
        Path decks = dir.resolve("decks");
        Fixtures.copyTo(decks, "ml-mini", "basics");

        assertThat(DeckLoader.load(decks, dir, List.of("basics"))).extracting(LoadedDeck::name)
                .containsExactly("basics");
        assertThat(DeckLoader.load(Path.of("/nowhere"), dir, List.of("decks/ml-mini.deck.json")))
                .extracting(LoadedDeck::name).containsExactly("ml-mini");
        assertThat(DeckLoader.load(Path.of("/nowhere"), dir, List.of("decks/"))).hasSize(2);
    }

    @Test
    void anUnknownNameIsAUsageErrorListingTheDecks() {
        Path decks = dir.resolve("decks");
        Fixtures.copyTo(decks, "basics");

        assertThatThrownBy(() -> DeckLoader.load(decks, dir, List.of("nope")))
                .isInstanceOf(TermdeckException.class)
                .hasMessage("no deck named 'nope' in " + decks + " (decks: basics)")
                .satisfies(e -> assertThat(((TermdeckException) e).exitCode()).isEqualTo(2));
    }

    @Test
    void aBrokenDeckNamesFileLineAndColumn() throws Exception {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Path broken = decks.resolve("broken.deck.json");
        Files.writeString(broken, "{\n  \"format\": \"termdeck/1\",\n  \"name\": \"broken\"\n  \"cards\": []\n}\n");

        assertThatThrownBy(() -> DeckLoader.load(decks, dir, List.of()))
                .isInstanceOf(DeckFormatException.class)
                .hasMessageStartingWith(broken + ":4:3: ");
    }

    @Test
    void noDecksIsAClearError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("decks"));

        assertThatThrownBy(() -> DeckLoader.load(empty, dir, List.of())).hasMessageStartingWith(empty
                + ": no decks (*.deck.json) here");
        assertThatThrownBy(() -> DeckLoader.load(dir.resolve("none"), dir, List.of()))
                .hasMessageContaining("no decks directory");
    }

    @Test
    void twoDecksWithTheSameNameAreRefused() throws Exception {
        Fixtures.copyTo(dir.resolve("a"), "basics");
        Fixtures.copyTo(dir.resolve("b"), "basics");

        assertThatThrownBy(() -> DeckLoader.load(dir, dir, List.of("a/", "b/")))
                .hasMessageContaining("two decks are named 'basics'");
    }
}
