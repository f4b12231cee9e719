package dev.termdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.bench.SyntheticDeck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeckStreamReaderTest {
    @Test
    void readsEveryFixtureDeckExactlyAsTheDataBinderDoes() throws IOException {
        List<Path> decks;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            decks = s.filter(p -> p.toString().endsWith(DeckJson.SUFFIX)).toList();
        }
        assertThat(decks).isNotEmpty();
        for (Path p : decks) {
            byte[] bytes = Files.readAllBytes(p);
            Deck fast = DeckStreamReader.read(bytes);
            assertThat(fast).as(p.toString()).isNotNull().isEqualTo(DeckJson.bind(p.toString(), bytes));
        }
    }

    @Test
    void readsWhatDeckJsonWritesIncludingEditsAndStaleCards() {
        Deck deck = SyntheticDeck.generate("s", 50, new Random(3));
        Card edited = deck.cards().get(0).toBuilder().edited(true).editedFields(List.of("abbr", "term.zh"))
                .stale(true).tags(List.of("a", "b")).aliases(new BilingualList(List.of(), List.of("联合学习")))
                .corpusRenderings(List.of("联合学习")).build();
        deck = deck.withCard(edited);
        byte[] bytes = DeckJson.toJson(deck).getBytes(StandardCharsets.UTF_8);

        assertThat(DeckStreamReader.read(bytes)).isEqualTo(deck).isEqualTo(DeckJson.bind("s", bytes));
        assertThat(DeckStreamReader.read(bytes).card(edited.id()).orElseThrow().corpusRenderings())
                .containsExactly("联合学习");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [], \"extra\": 1}",
        "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [{\"id\": 3}]}",
        "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [{\"id\": \"a\", \"term\": {\"en\": \"a\"}, \"score\": null}]}",
        "{\"format\": \"termdeck/1\", \"name\": \"x\", \"name\": \"y\", \"cards\": []}",
        "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": []} []",
        "{\"format\": \"termdeck/2\", \"name\": \"x\", \"cards\": []}",
        "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [{\"id\": \"a\", \"term\": {\"en\": \"a\"}, \"edited\": 1}]}",
        "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [{\"id\": \"a\", \"term\": {\"en\": \"a\"}, \"tags\": null}]}",
        "[]",
        "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [",
    })
    void leavesAnythingUnusualToTheDataBinder(String json) {
        assertThat(DeckStreamReader.read(json.getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
