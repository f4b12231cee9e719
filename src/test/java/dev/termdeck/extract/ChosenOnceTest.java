package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A build selects again with a few more candidates for the papers the card rules left cards out of: the cards a later
 * selection makes as they were (the same term, sources and definitions) keep the definitions chosen for them and are
 * not looked up again; a changed card is.
 */
class ChosenOnceTest {
    private final List<String> asked = new ArrayList<>();
    private final DefinitionDictionary dictionary = (card, lang) -> {
        asked.add(card.term().en() + "/" + lang.code());
        return lang == Lang.EN && card.term().en().equals("dropout")
                ? new DefinitionDictionary.Entry("A regularizer that zeroes random units while training.",
                        DefinitionSource.DICTIONARY) : null;
    };

    @Test
    void aCardMadeAgainByALaterSelectionIsNotLookedUpAgain() {
        DefinitionChooser chooser = new DefinitionChooser(dictionary);
        var corpus = DefinitionChooser.CorpusDefinitions.of(List.of());
        Card dropout = card("dropout", "doc#1", "Dropout is applied to every layer.");
        Card ablation = card("ablation study", "doc#1", "An ablation study shows which part helps.");

        List<Card> first = chooser.choose(List.of(dropout, ablation), corpus);
        int once = asked.size();
        // The refill's ablation-study card comes from one more document: it is another card.
        Card ablationMore = ablation.toBuilder().addSource(new Source("doc#2", Lang.EN, "We run an ablation study."))
                .build();
        List<Card> second = chooser.choose(List.of(card("dropout", "doc#1", "Dropout is applied to every layer."),
                ablationMore), corpus);

        assertThat(once).isEqualTo(4);
        assertThat(asked.subList(once, asked.size())).containsExactly("ablation study/en", "ablation study/zh");
        assertThat(second.get(0)).isEqualTo(first.get(0));
        assertThat(second.get(0).definition().en()).startsWith("A regularizer");
    }

    @Test
    void anotherChooserLooksTheCardsUpItself() {
        var corpus = DefinitionChooser.CorpusDefinitions.of(List.of());
        Card dropout = card("dropout", "doc#1", "Dropout is applied to every layer.");
        new DefinitionChooser(dictionary).choose(List.of(dropout), corpus);
        List<Card> other = new DefinitionChooser(DefinitionDictionary.NONE).choose(List.of(dropout), corpus);

        assertThat(asked).containsExactly("dropout/en", "dropout/zh");
        assertThat(other.get(0).definition().isEmpty()).isTrue();
    }

    private static Card card(String en, String doc, String sentence) {
        return Card.builder(en.replace(' ', '-')).term(new Bilingual(en, null))
                .addSource(new Source(doc, Lang.EN, sentence)).build();
    }
}
