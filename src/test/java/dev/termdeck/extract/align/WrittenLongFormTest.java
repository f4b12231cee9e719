package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import org.junit.jupiter.api.Test;

/**
 * A Chinese term defined with a short form whose English long form the English extractor made no term of (tune: arXiv
 * 2512.00396, "subject-independent leave-one-subject-out (LOSO) validation" / 主体独立留一法(LOSO)验证): the card leads
 * with the long form the English writes before the short form, not with the short form.
 */
class WrittenLongFormTest {

    private static final BilingualFixture.Aligned PAPERS = BilingualFixture.Aligned.load("written-long-forms.jsonl");

    @Test
    void theChineseTermsCounterpartIsTheLongFormWrittenBeforeTheShortForm() {
        TermCandidate c = PAPERS.candidate("written-long-forms#loso@zh", "主体独立留一法");


        assertThat(c.counterpart().status()).isEqualTo(Counterpart.Status.FOUND);
        assertThat(c.counterpart().text()).isEqualTo("leave-one-subject-out");
    }

    @Test
    void theCardLeadsWithTheLongForm() {
        Card card = PAPERS.cardWithShortForm("LOSO");
        assertThat(card.term().en()).isEqualTo("leave-one-subject-out");
        assertThat(card.term().zh()).isEqualTo("主体独立留一法");
    }
}
