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
    void decksAreReadInTheOrderGivenAndAFileNamedTwiceOnce() throws Exception {
        Path decks = dir.resolve("decks");
        Fixtures.copyTo(decks, "ml-mini", "basics");
        Path basics = decks.resolve("basics.deck.json");

        List<LoadedDeck> loaded = DeckLoader.load(List.of(decks.resolve("ml-mini.deck.json"), basics, basics));

        assertThat(loaded).extracting(LoadedDeck::name).containsExactly("ml-mini", "basics");
        assertThat(loaded.get(1).file()).isEqualTo(basics);
    }

    @Test
    void aBrokenDeckNamesFileLineAndColumn() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("decks")).resolve("broken.deck.json");
        Files.writeString(broken, "{\n  \"format\": \"termdeck/1\",\n  \"name\": \"broken\"\n  \"cards\": []\n}\n");

        assertThatThrownBy(() -> DeckLoader.load(List.of(broken)))
                .isInstanceOf(DeckFormatException.class)
                .hasMessageStartingWith(broken + ":4:3: ");
    }

    @Test
    void twoDecksWithTheSameNameAreABadRequest() throws Exception {
        Fixtures.copyTo(dir.resolve("a"), "basics");
        Fixtures.copyTo(dir.resolve("b"), "basics");

        assertThatThrownBy(() -> DeckLoader.load(List.of(dir.resolve("a/basics.deck.json"),
                dir.resolve("b/basics.deck.json"))))
                .hasMessageContaining("two decks are named 'basics'")
                .satisfies(e -> assertThat(((TermdeckException) e).kind())
                        .isEqualTo(TermdeckException.Kind.BAD_REQUEST));
    }
}
