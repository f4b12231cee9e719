package dev.termdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
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

    @Test
    void absorbTakesChangedFieldsFromAFileAndMarksThemEdited() {
        Card old = card("fl", "federated learning", "联合学习").toBuilder().pinyin("lián hé xué xí")
                .definition(Lang.EN, "Training without pooling data.").tags(List.of("week1")).score(0.8).build();
        Card fromFile = card("fl", "federated learning", "联邦学习").toBuilder().pinyin("lián bāng xué xí").build();

        MergeResult r = DeckMerger.absorb(deck(old, card("x", "other", null)), deck(fromFile));

        Card merged = r.deck().card("fl").orElseThrow();
        assertThat(merged.term().zh()).isEqualTo("联邦学习");
        assertThat(merged.pinyin()).isEqualTo("lián bāng xué xí");
        assertThat(merged.definition().en()).isEqualTo("Training without pooling data.");
        assertThat(merged.tags()).containsExactly("week1");
        assertThat(merged.score()).isEqualTo(0.8);
        assertThat(merged.editedFields()).containsExactly("pinyin", "term.zh");
        assertThat(r.deck().card("x").orElseThrow().stale()).isFalse();
        assertThat(List.of(r.added(), r.updated(), r.unchanged(), r.kept())).containsExactly(0, 1, 0, 1);
    }

    @Test
    void absorbedEditsSurviveTheNextRebuild() {
        Card built = card("fl", "federated learning", "联合学习");
        Deck afterImport = DeckMerger.absorb(deck(built), deck(card("fl", "federated learning", "联邦学习"))).deck();

        Deck rebuilt = DeckMerger.merge(afterImport, deck(card("fl", "federated learning", "联合学习"))).deck();

        assertThat(rebuilt.card("fl").orElseThrow().term().zh()).isEqualTo("联邦学习");
    }

    @Test
    void absorbMatchesByTermWhenTheFileHasNoIdsAndMarksNewCardsAsAPersonsWork() {
        Card old = Card.builder("多点触摸归因").term(Lang.ZH, "多点触摸归因").build();
        Card quizlet = card("multi-touch-attribution", "multi-touch attribution", "多点触摸归因");

        MergeResult r = DeckMerger.absorb(deck(old), deck(quizlet, card("new", "new term", null)));

        assertThat(r.deck().cards()).extracting(Card::id).containsExactly("new", "多点触摸归因");
        assertThat(r.deck().card("多点触摸归因").orElseThrow().term().en()).isEqualTo("multi-touch attribution");
        Card added = r.deck().card("new").orElseThrow();
        assertThat(added.edited()).isTrue();
        assertThat(added.editedFields()).containsExactly("term.en");
    }

    @Test
    void absorbNeverErasesWithAnEmptyValue() {
        Card old = card("a", "alpha", "阿尔法").toBuilder().abbr("A").build();

        MergeResult r = DeckMerger.absorb(deck(old), deck(card("a", "alpha", null)));

        assertThat(r.deck().card("a").orElseThrow()).isEqualTo(old);
        assertThat(r.unchanged()).isEqualTo(1);
    }

    @Test
    void aCardAPersonRemovedStaysGoneWhenTheDeckIsRebuilt() {
        Deck curated = deck(card("fl", "federated learning", "联邦学习"), card("gan", "GAN", "生成对抗网络"))
                .remove("gan", "2026-03-10T10:00:00Z");
        Deck rebuilt = deck(card("fl", "federated learning", "联邦学习"), card("gan", "GAN", "生成对抗网络"),
                card("gans", "GANs", "生成对抗网络"), card("new", "new term", null));

        MergeResult r = DeckMerger.merge(curated, rebuilt);

        assertThat(r.deck().cards()).extracting(Card::id).containsExactly("fl", "new");
        assertThat(r.deck().removed()).extracting(Removal::id).containsExactly("gan");
        assertThat(r.removed()).isEqualTo(2);
        assertThat(r.summary()).endsWith("2 left out (removed by a person)");
    }

    @Test
    void aCardAPersonWroteIsKeptAndNotMarkedStale() {
        Card theirs = card("mine", "my term", null).toBuilder().edited(true).build();

        Card kept = DeckMerger.merge(deck(theirs), deck(card("fl", "federated learning", null))).deck()
                .card("mine").orElseThrow();

        assertThat(kept.stale()).isFalse();
    }

    @Test
    void importingARemovedCardBringsItBack() {
        Deck curated = deck(card("fl", "federated learning", "联邦学习"), card("gan", "GAN", "生成对抗网络"))
                .remove("gan", null);

        MergeResult r = DeckMerger.absorb(curated, deck(card("gan", "GAN", "生成对抗网络")));

        assertThat(r.deck().card("gan")).isPresent();
        assertThat(r.deck().removed()).isEmpty();
    }

    @Test
    void aUnionKeepsACardOneDeckHasAndTheRemovalsOfCardsNeitherHas() {
        Deck a = deck(card("fl", "federated learning", null), card("gan", "GAN", null), card("x", "x", null))
                .remove("gan", null).remove("x", null);
        Deck b = deck(card("gan", "GAN", null));

        Deck u = DeckUnion.unite(a, b).deck();

        assertThat(u.cards()).extracting(Card::id).containsExactly("fl", "gan");
        assertThat(u.removed()).extracting(Removal::id).containsExactly("x");
    }

    private static Card card(String id, String en, String zh) {
        return Card.builder(id).term(new Bilingual(en, zh)).build();
    }

    private static Deck deck(Card... cards) {
        return Deck.of("d", Bilingual.EMPTY, null, List.of(cards));
    }
}
