package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.deck.DeckFormatException;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.io.AppDirs;
import dev.termdeck.study.store.PendingStore;
import dev.termdeck.study.store.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyHeadStartTest {
    private static final Path FIXTURES = Path.of("src/test/resources/decks");

    @TempDir
    Path dir;

    private final List<StudyHeadStart> started = new ArrayList<>();

    /** Waits for the databases opened ahead and closes them before the temporary directory goes. */
    @AfterEach
    void discard() {
        started.forEach(StudyHeadStart::discardUnused);
    }

    private StudyHeadStart start(AppDirs dirs, String... args) {
        StudyHeadStart ahead = StudyHeadStart.start(dirs, args);
        started.add(ahead);
        return ahead;
    }

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

        StudyHeadStart ahead = start(dirs, "study", "--new", "5", "ml-mini");

        assertThat(ahead.read(mini)).isEqualTo(DeckJson.read(mini));
        // A file the guess did not cover is read on the spot, with the same result.
        Path basics = dir.resolve("decks/basics.deck.json");
        assertThat(ahead.read(basics)).isEqualTo(DeckJson.read(basics));
    }

    @Test
    void withoutDeckNamesEveryDeckOfTheDirectoryIsReadAhead() throws Exception {
        AppDirs dirs = dirs();
        StudyHeadStart ahead = start(dirs, "study", "--plain");

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

        StudyHeadStart ahead = start(dirs, "study", "broken");

        assertThat(direct).isNotNull();
        assertThatThrownBy(() -> ahead.read(broken)).isInstanceOf(DeckFormatException.class).hasMessage(direct);
    }

    @Test
    void helpStartsNothingSoNoDatabaseIsCreated() throws Exception {
        AppDirs dirs = dirs();

        assertThat(start(dirs, "study", "--help")).isSameAs(StudyHeadStart.NONE);
        assertThat(start(dirs, "study", "-V")).isSameAs(StudyHeadStart.NONE);
        assertThat(dirs.progressDb()).doesNotExist();
    }

    @Test
    void otherCommandsReadNothingAhead() throws Exception {
        AppDirs dirs = dirs();
        Path mini = dir.resolve("decks/ml-mini.deck.json");
        StudyHeadStart ahead = start(dirs, "export", "ml-mini", "--format", "csv");

        assertThat(ahead).isSameAs(StudyHeadStart.NONE);
        assertThat(ahead.read(mini)).isEqualTo(DeckJson.read(mini));
    }

    @Test
    void theProgressDatabaseOpenedAheadIsHandedOverOnce() throws Exception {
        AppDirs dirs = dirs();
        StudyHeadStart ahead = start(dirs, "study");

        PendingStore first = ahead.store(dirs.progressDb());
        PendingStore second = ahead.store(dirs.progressDb());

        assertThat(first).isNotSameAs(second);
        try (ProgressStore a = first.get(); ProgressStore b = second.get()) {
            assertThat(a.file()).isEqualTo(dirs.progressDb());
            assertThat(b.file()).isEqualTo(dirs.progressDb());
        }
        ahead.discardUnused(); // nothing left to close
    }

    @Test
    void aDatabaseNoCommandTookIsClosed() throws Exception {
        AppDirs dirs = dirs();
        StudyHeadStart ahead = start(dirs, "study", "--new", "-1");

        ahead.discardUnused();

        // Closed: another connection can take the write lock at once.
        try (ProgressStore store = ProgressStore.open(dirs.progressDb(), java.time.Duration.ZERO)) {
            assertThat(store.states("any")).isEmpty();
        }
    }
}
