package dev.termdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckJsonTest {
    @TempDir
    Path dir;

    @Test
    void writesContractKeysInOrderWithNullsAndSortedCards() {
        String json = DeckJson.toJson(sampleDeck());

        assertThat(json).startsWith("{\n  \"format\": \"termdeck/1\",\n  \"name\": \"ml\",");
        assertThat(json).contains("\"abbr\": null", "\"definition\": {\n        \"en\": null,");
        assertThat(json.indexOf("\"id\": \"emergent-ability\""))
                .isLessThan(json.indexOf("\"id\": \"rl-from-ai-feedback\""));
        assertThat(json.indexOf("\"id\"")).isLessThan(json.indexOf("\"term\""));
        assertThat(json).contains("\"tags\": []").doesNotContain("editedFields").doesNotContain("stale");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void roundTripsEveryField() throws IOException {
        Deck deck = sampleDeck();
        Path file = dir.resolve("ml.deck.json");
        DeckJson.write(file, deck);

        Deck back = DeckJson.read(file);

        assertThat(back).isEqualTo(deck);
        assertThat(DeckJson.toJson(back)).isEqualTo(Files.readString(file));
    }

    @Test
    void documentTitlesAndRemovedCardsRoundTripThroughBothReaders() throws IOException {
        Deck base = sampleDeck();
        Card gone = base.cards().get(0);
        Deck deck = base.remove(gone.id(), "2026-03-10T10:00:00Z")
                .withDocuments(java.util.Map.of("p#1", "Scaling Laws\u001b[2J for Neural Language Models"));
        Path file = dir.resolve("ml.deck.json");
        DeckJson.write(file, deck);
        String json = Files.readString(file);

        assertThat(json).contains("\"documents\": {\n    \"p#1\": \"Scaling Laws [2J for Neural Language Models\"",
                "\"removed\": [", "\"at\": \"2026-03-10T10:00:00Z\"");
        assertThat(json.indexOf("\"documents\"")).isLessThan(json.indexOf("\"cards\""));
        assertThat(json.indexOf("\"removed\"")).isGreaterThan(json.indexOf("\"cards\""));
        Deck streamed = DeckJson.read(file);
        Deck bound = DeckJson.bind("ml.deck.json", Files.readAllBytes(file));
        assertThat(streamed).isEqualTo(deck).isEqualTo(bound);
        assertThat(streamed.removed()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(gone.id());
            assertThat(r.term()).isEqualTo(gone.term());
        });
        assertThat(streamed.card(gone.id())).isEmpty();
        assertThat(DeckJson.toJson(sampleDeck())).doesNotContain("documents", "removed");
    }

    @Test
    void writingTheSameDeckTwiceGivesTheSameBytes() {
        assertThat(DeckJson.toJson(sampleDeck())).isEqualTo(DeckJson.toJson(sampleDeck()));
    }

    @Test
    void brokenJsonNamesFileLineAndColumn() throws IOException {
        Path file = write("broken.deck.json", "{\n  \"format\": \"termdeck/1\",\n  \"name\": \"x\"\n  \"cards\": []\n}\n");

        assertThatThrownBy(() -> DeckJson.read(file))
                .isInstanceOf(DeckFormatException.class)
                .hasMessageStartingWith(file + ":4:3: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void wrongTypeNamesTheFieldPath() throws IOException {
        Path file = write("t.deck.json", """
                {"format": "termdeck/1", "name": "x", "cards": [
                  {"id": "a", "term": {"en": "a", "zh": null}, "score": "high"}
                ]}
                """);

        assertThatThrownBy(() -> DeckJson.read(file))
                .isInstanceOf(DeckFormatException.class)
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("cards[0].score");
    }

    @Test
    void cardWithoutTermIsRefusedWithItsId() throws IOException {
        Path file = write("t.deck.json", """
                {"format": "termdeck/1", "name": "x", "cards": [
                  {"id": "lonely", "term": {"en": null, "zh": null}}
                ]}
                """);

        assertThatThrownBy(() -> DeckJson.read(file))
                .hasMessageContaining("cards[0]")
                .hasMessageContaining("card 'lonely' has no term");
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        Path file = write("t.deck.json", """
                {"format": "termdeck/1", "name": "x", "cards": [
                  {"id": "a", "term": {"en": "a"}},
                  {"id": "a", "term": {"en": "b"}}
                ]}
                """);

        assertThatThrownBy(() -> DeckJson.read(file)).hasMessageContaining("duplicate card id 'a'");
    }

    @Test
    void missingFormatAndMissingIdAreRefused() throws IOException {
        Path noFormat = write("f.deck.json", "{\"name\": \"x\", \"cards\": []}");
        Path noId = write("i.deck.json", "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [{\"term\": {\"en\": \"a\"}}]}");

        assertThatThrownBy(() -> DeckJson.read(noFormat)).hasMessageContaining("format");
        assertThatThrownBy(() -> DeckJson.read(noId)).hasMessageContaining("cards[0]").hasMessageContaining("id");
    }

    @Test
    void binaryAndEmptyFilesAreRefused() throws IOException {
        Path bin = dir.resolve("b.deck.json");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path empty = write("e.deck.json", "");

        assertThatThrownBy(() -> DeckJson.read(bin)).hasMessage(bin + ": binary file, not a deck");
        assertThatThrownBy(() -> DeckJson.read(empty)).hasMessage(empty + ": empty file, not a deck");
    }

    @Test
    void unknownFieldsAreIgnoredForForwardCompatibility() throws IOException {
        Path file = write("u.deck.json", """
                {"format": "termdeck/1", "name": "x", "future": 1, "cards": [{"id": "a", "term": {"en": "a"}, "x": []}]}
                """);

        assertThat(DeckJson.read(file).cards()).extracting(Card::id).containsExactly("a");
    }

    @Test
    void nameOfStripsTheSuffix() {
        assertThat(DeckJson.nameOf(Path.of("decks/ml-abstracts.deck.json"))).isEqualTo("ml-abstracts");
    }

    @Test
    void writingStreamsExactlyTheContractBytes() throws IOException {
        Path file = dir.resolve("s.deck.json");

        DeckJson.write(file, sampleDeck());

        assertThat(Files.readString(file)).isEqualTo(DeckJson.toJson(sampleDeck()));
    }

    @Test
    void aDeckTooLargeToReadBackIsNotWrittenAndTheOldFileStays() throws IOException {
        Path file = write("big.deck.json", "old");

        assertThatThrownBy(() -> DeckJson.write(file, sampleDeck(), 100))
                .isInstanceOf(DeckFormatException.class)
                .hasMessageStartingWith(file + ": not written: ")
                .hasMessageContaining("split them into smaller decks");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aDeckThatOutgrowsTheLimitWhileCardsAreWrittenIsRefusedInPlainWords() throws IOException {
        // The limit is crossed in the middle of the cards, where Jackson wraps what the limit throws in its own
        // exception ("through reference chain: ...Deck["cards"]->...").
        Path file = write("many.deck.json", "old");
        List<Card> cards = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            cards.add(Card.builder(String.format("card-%04d", i)).term(Lang.EN, "term " + i).pinyin("pin yin").build());
        }
        Deck many = Deck.of("many", Bilingual.EMPTY, null, cards);

        assertThatThrownBy(() -> DeckJson.write(file, many, 50_000))
                .isInstanceOf(DeckFormatException.class)
                .hasMessage(file + ": not written: 2,000 cards make a deck over 0 MB, the most termdeck reads; split"
                        + " them into smaller decks");
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void aDeckOf200000CardsReadFromACompactFileIsWrittenBackPrettyPrinted() throws IOException {
        // Compact JSON of 200,000 cards is about 32 MB; the same deck pretty-printed, as termdeck writes it, is over
        // 80 MB: whatever termdeck reads, it must be able to write back.
        Path file = dir.resolve("big.deck.json");
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(file))) {
            out.write("{\"format\":\"termdeck/1\",\"name\":\"big\",\"cards\":[");
            for (int i = 0; i < 200_000; i++) {
                out.write((i == 0 ? "" : ",") + "{\"id\":\"c" + i + "\",\"term\":{\"en\":\"term number " + i
                        + "\",\"zh\":\"术语" + i + "\"},\"definition\":{\"en\":\"a definition of card " + i
                        + "\",\"zh\":null},\"tags\":[\"big\"]}");
            }
            out.write("]}\n");
        }
        Deck big = DeckJson.read(file);

        DeckJson.write(file, big);

        assertThat(Files.size(file)).isGreaterThan(64L * 1024 * 1024);
        assertThat(DeckJson.read(file).cards()).hasSize(200_000);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static Deck sampleDeck() {
        Card emergent = Card.builder("emergent-ability")
                .term(new Bilingual("emergent ability", "涌现能力"))
                .aliases(new BilingualList(List.of("emergent abilities"), List.of()))
                .pinyin("yǒng xiàn néng lì")
                .definition(Lang.ZH, "如果能力在较小模型中不存在，但在较大模型中存在，则该能力就是涌现出来的。")
                .addSource(new Source("004_dc153c053c4b7595#1", Lang.ZH, "如果能力在较小模型中不存在，…"))
                .score(0.93)
                .tags(List.of("llm"))
                .build();
        Card rlaif = Card.builder("rl-from-ai-feedback")
                .term(Lang.EN, "RL from AI Feedback")
                .abbr("RLAIF")
                .definition(Lang.EN, "a method that trains with a preference model")
                .score(0.8)
                .build();
        return Deck.of("ml", new Bilingual("ML terms", "机器学习术语"),
                new Generated("termdeck 0.1.0", "2026-11-22T10:00:00Z", List.of("corpus/a.txt")),
                List.of(rlaif, emergent));
    }
}
