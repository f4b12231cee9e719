package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.extract.Counterpart;
import org.junit.jupiter.api.Test;

/**
 * A name of several words with a sign or a name among them that the translation writes as it is (tune: arXiv
 * 2509.10809, "We introduce S&P Top-K" / 我们引入了S&P Top-K): its own Chinese side, as a one-word name is; the card
 * had none, the Latin words being taken for a copy. Words of English in title case are no such name.
 */
class SpacedNameTest {

    private static final BilingualFixture.Aligned PAPERS = BilingualFixture.Aligned.load("spaced-names.jsonl");

    @Test
    void aNameOfWordsTheTranslationWritesAsItIsIsItsOwnChineseSide() {
        Counterpart c = PAPERS.candidate("spaced-names#sp-topk", "S&P Top-K").counterpart();
        assertThat(c.text()).isEqualTo("S&P Top-K");
        assertThat(c.how()).isEqualTo(Counterpart.Evidence.NAME);

        Card card = PAPERS.assemble().cards().stream().filter(k -> "S&P Top-K".equals(k.term().en())).findFirst()
                .orElseThrow();
        assertThat(card.term().zh()).isEqualTo("S&P Top-K");
    }

    @Test
    void titleCaseEnglishWordsAreNoName() {
        assertThat(LatinForms.isSpacedName("S&P Top-K")).isTrue();
        assertThat(LatinForms.isSpacedName("Selection and Projection")).isFalse();
        assertThat(LatinForms.isSpacedName("Gaussian Splatting")).isFalse();
    }
}
