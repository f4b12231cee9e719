package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.Removal;
import dev.termdeck.testing.ProgressDb;
import dev.termdeck.testing.Requires;
import dev.termdeck.testing.StudyScreen;
import dev.termdeck.testing.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's week in a real terminal (tmux), through the launcher: {@code study --tag vision} asks only the cards
 * tagged so (and, with {@code --lang} and {@code --direction} given, no welcome); one card is suspended, one deleted
 * and the deletion undone, one answered; then the deck file and the progress database hold exactly that.
 */
class CardManagementIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;
    @TempDir
    Path home;

    @Test
    void studyingATagSuspendingAndUndoingADeleteInTheFullScreenUi() throws Exception {
        Requires.tool(Tmux.available(), "tmux is not installed");
        Path deckFile = Files.createDirectories(work.resolve("decks")).resolve("ml-mini.deck.json");
        Files.copy(Path.of("src/test/resources/decks/ml-mini.deck.json"), deckFile);
        Deck deck = DeckJson.read(deckFile);
        List<Card> vision = deck.cards().stream().filter(c -> c.tags().contains("vision")).toList();
        assertThat(vision).hasSize(3);
        String launcher = Path.of("termdeck").toAbsolutePath().toString();
        Path db = home.resolve("progress.db");
        Card deleted;

        try (Tmux t = Tmux.start(work, 80, 24, Map.of("TERMDECK_HOME", home.toString()), "bash", "-c",
                launcher + " study --tag vision --lang en --direction en-zh ml-mini")) {
            String screen = t.waitFor(StudyScreen.cardShown().and(drawn(vision)), WAIT);
            assertThat(screen.lines().findFirst().orElseThrow()).contains("3 new · 0 learning · 0 review");
            Card suspended = cardOf(prompt(screen), vision);

            t.sendKeys("!");
            screen = t.waitFor(shows("Suspended " + suspended.term().en(), vision), WAIT);
            assertThat(screen.lines().findFirst().orElseThrow()).contains("2 new · 0 learning · 0 review");
            deleted = cardOf(prompt(screen), vision);
            assertThat(deleted).isNotEqualTo(suspended);

            t.sendKeys("D");
            screen = t.waitFor(shows("Deleted " + deleted.term().en(), vision), WAIT);
            assertThat(screen.lines().findFirst().orElseThrow()).contains("1 new · 0 learning · 0 review");
            assertThat(DeckJson.read(deckFile).card(deleted.id())).isEmpty();
            assertThat(DeckJson.read(deckFile).removed()).extracting(Removal::id).containsExactly(deleted.id());

            t.sendKeys("u");
            screen = t.waitFor(shows(deleted.term().en() + " is back in its deck.", vision), WAIT);
            assertThat(prompt(screen)).isEqualTo(deleted.term().en());
            assertThat(screen.lines().findFirst().orElseThrow()).contains("2 new · 0 learning · 0 review");
            assertThat(DeckJson.read(deckFile).card(deleted.id())).contains(deleted);
            assertThat(DeckJson.read(deckFile).removed()).isEmpty();

            t.sendKeys("Space");
            t.waitForText("▶3 Good◀", WAIT);
            t.sendKeys("3");
            screen = t.waitFor(StudyScreen.saved(db, 1).and(drawn(vision)), WAIT);
            assertThat(vision).extracting(c -> c.term().en()).contains(prompt(screen));

            t.sendKeys("q");
            String end = t.waitForText("[exited 0]", WAIT);
            assertThat(end).contains("termdeck: 1 answer saved");
        }

        assertThat(ProgressDb.column(db, "SELECT card FROM review_log")).containsExactly(deleted.id());
        assertThat(ProgressDb.column(db, "SELECT card || ' ' || suspended FROM card_mark")).singleElement()
                .asString().endsWith(" 1");
        assertThat(DeckJson.read(deckFile)).isEqualTo(deck);
        assertThat(Files.exists(home.resolve("settings.json"))).isTrue();
    }

    /**
     * The screen shows {@code message} and a whole prompt: Lanterna may be caught mid-draw (a prompt cut at
     * "super-resolut" was read once under load), so a test waits for the prompt to be one of the cards' terms.
     */
    private static Predicate<String> shows(String message, List<Card> cards) {
        return s -> s.contains(message) && drawn(cards).test(s);
    }

    private static Predicate<String> drawn(List<Card> cards) {
        return s -> {
            String p = s.lines().skip(2).map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
            return cards.stream().anyMatch(c -> p.equals(c.term().en()));
        };
    }

    private static Card cardOf(String prompt, List<Card> cards) {
        return cards.stream().filter(c -> prompt.equals(c.term().en())).findFirst()
                .orElseThrow(() -> new AssertionError("'" + prompt + "' is not a card tagged vision"));
    }

    /** The prompt: the first non-blank line of the body. */
    private static String prompt(String screen) {
        return screen.lines().skip(2).map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElseThrow();
    }
}
