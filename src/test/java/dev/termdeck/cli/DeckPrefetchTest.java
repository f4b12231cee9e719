package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.deck.DeckFormatException;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.io.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckPrefetchTest {
    private static final Path FIXTURES = Path.of("src/test/resources/decks");

    @TempDir
    Path dir;

    private AppDirs dirs() throws Exception {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        for (String name : new String[] {"ml-mini", "basics"}) {
            Files.copy(FIXTURES.resolve(name + DeckJson.SUFFIX), decks.resolve(name + DeckJson.SUFFIX),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return AppDirs.of(Map.of("TERMDECK_HOME", dir.resolve("data").toString()), dir.toString(), null, dir);
    }

    @Test
    void aDeckReadAheadIsTheDeckTheFileHolds() throws Exception {
        AppDirs dirs = dirs();
        Path mini = dir.resolve("decks/ml-mini.deck.json");

        DeckPrefetch ahead = DeckPrefetch.start(dirs, new String[] {"study", "--new", "5", "ml-mini"});

        assertThat(ahead.read(mini)).isEqualTo(DeckJson.read(mini));
        // A file the guess did not cover is read on the spot, with the same result.
        Path basics = dir.resolve("decks/basics.deck.json");
        assertThat(ahead.read(basics)).isEqualTo(DeckJson.read(basics));
    }

    @Test
    void withoutDeckNamesEveryDeckOfTheDirectoryIsReadAhead() throws Exception {
        AppDirs dirs = dirs();
        DeckPrefetch ahead = DeckPrefetch.start(dirs, new String[] {"study", "--plain"});

        for (String name : new String[] {"ml-mini", "basics"}) {
            Path f = dir.resolve("decks/" + name + DeckJson.SUFFIX);
            assertThat(ahead.read(f)).isEqualTo(DeckJson.read(f));
        }
    }

    @Test
    void aBrokenDeckFailsWithTheSameErrorAsReadingItDirectly() throws Exception {
        AppDirs dirs = dirs();
        Path broken = dir.resolve("decks/broken.deck.json");
        Files.writeString(broken, "{\n  \"format\": \"termdeck/1\",\n  \"name\": \"broken\"\n  \"cards\": []\n}\n");
        String direct = null;
        try {
            DeckJson.read(broken);
        } catch (DeckFormatException e) {
            direct = e.getMessage();
        }

        DeckPrefetch ahead = DeckPrefetch.start(dirs, new String[] {"study", "broken"});

        assertThat(direct).isNotNull();
        assertThatThrownBy(() -> ahead.read(broken)).isInstanceOf(DeckFormatException.class).hasMessage(direct);
    }

    @Test
    void otherCommandsReadNothingAhead() throws Exception {
        AppDirs dirs = dirs();
        Path mini = dir.resolve("decks/ml-mini.deck.json");
        DeckPrefetch ahead = DeckPrefetch.start(dirs, new String[] {"export", "ml-mini", "--format", "csv"});

        assertThat(ahead).isSameAs(DeckPrefetch.NONE);
        assertThat(ahead.read(mini)).isEqualTo(DeckJson.read(mini));
    }
}
