package dev.termdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckUnionTest {
    @Test
    void cardsInOneDeckOnlyAreKeptAsTheyAreAndNotMarkedStale() {
        MergeResult r = DeckUnion.unite(deck("a", card("x", "ex")), deck("b", card("y", "why")));

        assertThat(r.deck().cards()).extracting(Card::id, Card::stale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x", false),
                        org.assertj.core.groups.Tuple.tuple("y", false));
        assertThat(List.of(r.added(), r.kept())).containsExactly(1, 1);
        assertThat(r.deck().name()).isEqualTo("a");
    }

    @Test
    void aFieldEditedInTheFirstDeckOnlyKeepsItsValue() {
        Card a = card("x", "ex").toBuilder().definition(Lang.EN, "Mine.").edited(true)
                .editedFields(List.of("definition.en")).build();
        Card b = card("x", "ex").toBuilder().definition(Lang.EN, "Theirs.").pinyin("yī").score(0.5).build();

        Card u = DeckUnion.unite(deck("a", a), deck("b", b)).deck().card("x").orElseThrow();

        assertThat(u.definition().en()).isEqualTo("Mine.");
        assertThat(u.pinyin()).isEqualTo("yī");
        assertThat(u.score()).isEqualTo(0.5);
        assertThat(u.editedFields()).containsExactly("definition.en");
    }

    @Test
    void aFieldEditedInBothTakesTheSecondDecksValueAndEditMarksUnite() {
        Card a = card("x", "ex").toBuilder().abbr("A1").definition(Lang.EN, "First.").edited(true)
                .editedFields(List.of("abbr", "definition.en")).build();
        Card b = card("x", "ex").toBuilder().abbr("B1").definition(Lang.EN, "Second.").tags(List.of("t")).edited(true)
                .editedFields(List.of("abbr", "tags")).build();

        Card u = DeckUnion.unite(deck("a", a), deck("b", b)).deck().card("x").orElseThrow();

        assertThat(u.abbr()).isEqualTo("B1");
        assertThat(u.definition().en()).isEqualTo("First.");
        assertThat(u.tags()).containsExactly("t");
        assertThat(u.editedFields()).containsExactly("abbr", "definition.en", "tags");
    }

    @Test
    void sourcesAreUnitedAndStaleOnlyWhenBothSaySo() {
        Source s1 = new Source("d1", Lang.EN, "One.");
        Source s2 = new Source("d2", Lang.EN, "Two.");
        Card a = card("x", "ex").toBuilder().sources(List.of(s1)).stale(true).build();
        Card b = card("x", "ex").toBuilder().sources(List.of(s2, s1)).build();

        Card u = DeckUnion.unite(deck("a", a), deck("b", b)).deck().card("x").orElseThrow();

        assertThat(u.sources()).containsExactly(s1, s2);
        assertThat(u.stale()).isFalse();
    }

    @Test
    void identicalDecksUniteUnchanged() {
        Card a = card("x", "ex");
        MergeResult r = DeckUnion.unite(deck("a", a), deck("b", a));

        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(r.deck().cards()).containsExactly(a);
    }

    private static Card card(String id, String en) {
        return Card.builder(id).term(new Bilingual(en, null)).build();
    }

    private static Deck deck(String name, Card... cards) {
        return Deck.of(name, Bilingual.EMPTY, null, List.of(cards));
    }
}
