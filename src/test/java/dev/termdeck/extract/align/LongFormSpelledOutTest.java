package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.extract.Counterpart;
import org.junit.jupiter.api.Test;

/**
 * A long form defined with a short form whose words the corpus did not learn: the Chinese the translation writes
 * before the same short form in brackets is its rendering when it can be what the letters stand for (the guards of
 * {@link BareShortForms}). Tune: arXiv 2508.14015, "Noisy Alignment (NA)" / 本文提出噪声对齐（NA）方法.
 */
class LongFormSpelledOutTest {

    private static final BilingualFixture.Aligned PAPERS = BilingualFixture.Aligned.load("long-form-spelled-out.jsonl");

    @Test
    void theChineseBeforeTheBracketedShortFormRendersTheLongForm() {
        Counterpart c = PAPERS.candidate("long-form-spelled-out#na", "Noisy Alignment").counterpart();

        assertThat(c.status()).isEqualTo(Counterpart.Status.FOUND);
        assertThat(c.text()).isEqualTo("噪声对齐");
    }

    @Test
    void theCardOfATitleCaseLongFormTakesThatChineseNotItsShortForm() {
        // The glossary has no entry for the long form; its parts built 含噪对齐, which the translation does not write.
        Card na = PAPERS.cardWithShortForm("NA");

        assertThat(na.term().en()).isEqualToIgnoringCase("Noisy Alignment");
        assertThat(na.term().zh()).isEqualTo("噪声对齐");
    }
}
