package dev.termdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckMergerTest {
    @Test
    void editedFieldsSurviveARebuildAndOtherFieldsUpdate() {
        Card old = card("fl", "federated learning", "联合学习").toBuilder()
                .definition(Lang.EN, "My own definition.").edited(true).editedFields(List.of("definition.en"))
                .build();
        Card rebuilt = card("fl", "federated learning", "联邦学习").toBuilder()
                .definition(Lang.EN, "Extracted definition.").score(0.9).build();

        MergeResult r = DeckMerger.merge(deck(old), deck(rebuilt));

        Card merged = r.deck().card("fl").orElseThrow();
        assertThat(merged.definition().en()).isEqualTo("My own definition.");
        assertThat(merged.term().zh()).isEqualTo("联邦学习");
        assertThat(merged.score()).isEqualTo(0.9);
        assertThat(merged.edited()).isTrue();
        assertThat(r.updated()).isEqualTo(1);
    }

    @Test
    void editedWithoutFieldListKeepsEveryField() {
        Card old = card("fl", "federated learning", "联合学习").toBuilder().edited(true).tags(List.of("week1")).build();
        Card rebuilt = card("fl", "federated learning", "联邦学习");

        Card merged = DeckMerger.merge(deck(old), deck(rebuilt)).deck().card("fl").orElseThrow();

        assertThat(merged.term().zh()).isEqualTo("联合学习");
        assertThat(merged.tags()).containsExactly("week1");
    }

    @Test
    void cardsNoLongerFoundAreKeptAndMarkedStale() {
        MergeResult r = DeckMerger.merge(deck(card("a", "alpha", null), card("b", "beta", null)),
                deck(card("a", "alpha", null), card("c", "gamma", null)));

        assertThat(r.deck().cards()).extracting(Card::id, Card::stale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", false),
                        org.assertj.core.groups.Tuple.tuple("b", true),
                        org.assertj.core.groups.Tuple.tuple("c", false));
        assertThat(r.summary()).isEqualTo("1 added, 0 updated, 1 unchanged, 1 kept (no longer found)");
    }

    @Test
    void aCardWhoseIdChangedKeepsItsOldIdWhenItsTermMatches() {
        Card old = Card.builder("多点触摸归因").term(Lang.ZH, "多点触摸归因").build();
        Card rebuilt = card("multi-touch-attribution", "multi-touch attribution", "多点触摸归因");

        MergeResult r = DeckMerger.merge(deck(old), deck(rebuilt));

        assertThat(r.deck().cards()).extracting(Card::id).containsExactly("多点触摸归因");
        assertThat(r.deck().cards().get(0).term().en()).isEqualTo("multi-touch attribution");
        assertThat(r.added()).isZero();
    }

    private static Card card(String id, String en, String zh) {
        return Card.builder(id).term(new Bilingual(en, zh)).build();
    }

    private static Deck deck(Card... cards) {
        return Deck.of("d", Bilingual.EMPTY, null, List.of(cards));
    }
}
