package dev.termdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionSourceTest {
    private static final Generated GENERATED = new Generated("termdeck test", "2026-01-01T00:00:00Z", List.of());

    private static Card defined() {
        return Card.builder("dropout").term(new Bilingual("dropout", "丢弃法"))
                .definition(Lang.EN, "A regularizer that zeroes random units during training.", DefinitionSource.ABSTRACT)
                .definition(Lang.ZH, "训练时随机将部分神经元的输出置零的正则化方法。", DefinitionSource.DICTIONARY)
                .build();
    }

    @Test
    void sourcesRoundTripThroughBothReadersAndAreWrittenAfterTheDefinition() {
        Card plain = Card.builder("adam").term(Lang.EN, "Adam").build();
        Deck deck = Deck.of("d", Bilingual.EMPTY, GENERATED, List.of(defined(), plain));
        String json = DeckJson.toJson(deck);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        assertThat(json).containsOnlyOnce("\"definitionSource\"")
                .contains("\"definitionSource\": {\n        \"en\": \"abstract\",\n        \"zh\": \"dictionary\"\n      },\n"
                        + "      \"sources\"");
        assertThat(json.indexOf("\"definition\"")).isLessThan(json.indexOf("\"definitionSource\""));
        assertThat(DeckStreamReader.read(bytes)).isEqualTo(deck).isEqualTo(DeckJson.bind("d", bytes));
        assertThat(DeckJson.parse("d", bytes).card("dropout").orElseThrow().definitionSource())
                .isEqualTo(new DefinitionSources(DefinitionSource.ABSTRACT, DefinitionSource.DICTIONARY));
    }

    @Test
    void aComposedDefinitionRoundTripsUnderItsCode() {
        Card flow = Card.builder("optical-flow-estimation").term(new Bilingual("optical flow estimation", "光流估计"))
                .definition(Lang.EN, "Estimating the optical flow: the apparent motion.", DefinitionSource.COMPOSED)
                .definition(Lang.ZH, "估计光流。光流指表观运动。", DefinitionSource.COMPOSED).build();
        Deck deck = Deck.of("d", Bilingual.EMPTY, GENERATED, List.of(flow));
        byte[] bytes = DeckJson.toJson(deck).getBytes(StandardCharsets.UTF_8);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"en\": \"composed\"");
        assertThat(DeckStreamReader.read(bytes)).isEqualTo(deck).isEqualTo(DeckJson.bind("d", bytes));
        assertThat(DefinitionSource.ofCode("Composed")).isEqualTo(DefinitionSource.COMPOSED);
    }

    @Test
    void aDeckWrittenBeforeSourcesWereRecordedReadsWithUnknownSources() {
        String old = "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [{\"id\": \"a\", \"term\": {\"en\": \"a\"},"
                + " \"definition\": {\"en\": \"A thing.\", \"zh\": null}, \"score\": 0.5}]}";
        byte[] bytes = old.getBytes(StandardCharsets.UTF_8);

        Card a = DeckJson.parse("x", bytes).cards().get(0);
        assertThat(a.definition().en()).isEqualTo("A thing.");
        assertThat(a.definitionSource()).isEqualTo(DefinitionSources.NONE);
        assertThat(DeckStreamReader.read(bytes)).isEqualTo(DeckJson.bind("x", bytes));
    }

    @Test
    void aSourceThisVersionDoesNotKnowReadsAsUnknownButAWrongTypeIsAnError() {
        String unknown = "{\"format\": \"termdeck/1\", \"name\": \"x\", \"cards\": [{\"id\": \"a\", \"term\": {\"en\": \"a\"},"
                + " \"definition\": {\"en\": \"A thing.\"}, \"definitionSource\": {\"en\": \"encyclopedia\"}}]}";
        byte[] bytes = unknown.getBytes(StandardCharsets.UTF_8);
        assertThat(DeckJson.parse("x", bytes).cards().get(0).definitionSource().en()).isNull();
        assertThat(DeckJson.bind("x", bytes)).isEqualTo(DeckStreamReader.read(bytes));

        String wrong = unknown.replace("\"encyclopedia\"", "3");
        assertThatThrownBy(() -> DeckJson.parse("x.deck.json", wrong.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DeckFormatException.class).hasMessageStartingWith("x.deck.json:");
    }

    @Test
    void aSourceNeedsADefinitionAndAnEditedDefinitionIsTheUsers() {
        Card noDefinition = Card.builder("a").term(Lang.EN, "a")
                .definitionSource(new DefinitionSources(DefinitionSource.CORPUS, DefinitionSource.DICTIONARY)).build();
        assertThat(noDefinition.definitionSource()).isEqualTo(DefinitionSources.NONE);

        Card edited = defined().toBuilder().edited(true).editedFields(List.of("definition.zh")).build();
        assertThat(edited.definitionSource())
                .isEqualTo(new DefinitionSources(DefinitionSource.ABSTRACT, DefinitionSource.USER));
        Card all = defined().toBuilder().edited(true).build();
        assertThat(all.definitionSource()).isEqualTo(new DefinitionSources(DefinitionSource.USER, DefinitionSource.USER));
    }

    @Test
    void aRebuildKeepsTheUsersDefinitionAndTakesNewSourcesForTheRest() {
        Card mine = defined().toBuilder().definition(Lang.EN, "My own words.").edited(true)
                .editedFields(List.of("definition.en")).build();
        Deck existing = Deck.of("d", Bilingual.EMPTY, GENERATED, List.of(mine));
        Card rebuilt = defined().toBuilder()
                .definition(Lang.EN, "Dropout is a technique that drops units.", DefinitionSource.ABSTRACT)
                .definition(Lang.ZH, "随机丢弃神经元的正则化技术。", DefinitionSource.CORPUS).build();

        Card merged = DeckMerger.merge(existing, Deck.of("d", Bilingual.EMPTY, GENERATED, List.of(rebuilt)))
                .deck().cards().get(0);

        assertThat(merged.definition()).isEqualTo(new Bilingual("My own words.", "随机丢弃神经元的正则化技术。"));
        assertThat(merged.definitionSource())
                .isEqualTo(new DefinitionSources(DefinitionSource.USER, DefinitionSource.CORPUS));
    }

    @Test
    void anImportedDefinitionIsTheUsers() {
        Deck existing = Deck.of("d", Bilingual.EMPTY, GENERATED, List.of(defined()));
        Card fromFile = Card.builder("dropout").term(Lang.EN, "dropout").definition(Lang.ZH, "我的定义。").build();

        Card absorbed = DeckMerger.absorb(existing, Deck.of("d", Bilingual.EMPTY, GENERATED, List.of(fromFile)))
                .deck().cards().get(0);

        assertThat(absorbed.definitionSource())
                .isEqualTo(new DefinitionSources(DefinitionSource.ABSTRACT, DefinitionSource.USER));
    }
}
