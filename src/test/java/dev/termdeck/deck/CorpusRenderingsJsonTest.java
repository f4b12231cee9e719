package dev.termdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRenderingsJsonTest {
    @TempDir
    Path dir;

    @Test
    void corpusRenderingsRoundTripAndAreWrittenOnlyWhenPresent() throws Exception {
        Card marked = Card.builder("federated-learning").term(new Bilingual("federated learning", "联邦学习"))
                .aliases(new BilingualList(List.of(), List.of("联合学习"))).corpusRenderings(List.of("联合学习"))
                .build();
        Card plain = Card.builder("dropout").term(Lang.EN, "dropout").build();
        Deck deck = Deck.of("d", Bilingual.EMPTY, new Generated("termdeck test", "2026-01-01T00:00:00Z", List.of()),
                List.of(marked, plain));
        Path file = dir.resolve("d.deck.json");
        DeckJson.write(file, deck);
        String json = Files.readString(file);
        assertThat(json).containsOnlyOnce("\"corpusRenderings\"");
        assertThat(DeckJson.read(file).cards()).containsExactlyInAnyOrder(marked, plain);
    }

    @Test
    void aCorpusRenderingMustBeAChineseAlias() {
        Card c = Card.builder("x").term(Lang.ZH, "联邦学习").corpusRenderings(List.of("联合学习")).build();
        assertThat(c.corpusRenderings()).isEmpty();
    }
}
