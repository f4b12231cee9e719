package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.extract.Counterpart;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long forms whose words the corpus saw too seldom to learn, defined with one short form in both versions of a paper
 * (tune: arXiv 2506.21782, "Massively Multi-Task Model-Based Policy Optimization (M3PO)" / 大规模多任务模型基础策略优化
 * （M3PO）; arXiv 2506.05016, "MultiPoint Proximity (MPP)" / 即多点接近（MPP）): the Chinese term before the short form
 * is its rendering, and the card shows the long form, not the short form the paper goes on to write.
 */
class UnlearnedLongFormTest {

    private static final BilingualFixture.Aligned PAPERS = BilingualFixture.Aligned.load("unlearned-long-forms.jsonl");

    @Test
    void theChineseBeforeTheShortFormRendersALongFormWithTwoWordsNotLearned() {
        // "Massively" and "Model-Based" (模型基础, a word-for-word rendering) have no learned translation; every word of
        // 大规模多任务模型基础策略优化 is one of its own, and nothing stands before it but 我们提出了.
        Counterpart c = PAPERS.candidate("unlearned-long-forms#m3po@zh", "大规模多任务模型基础策略优化")
                .counterpart();

        assertThat(c.status()).isEqualTo(Counterpart.Status.FOUND);
        assertThat(c.text()).isEqualTo("Massively Multi-Task Model-Based Policy Optimization");
    }

    @Test
    void theCardShowsTheLongFormAndItsRenderingWithTheShortForm() {
        Deck deck = PAPERS.assemble();

        List<Card> m3po = deck.cards().stream().filter(c -> "M3PO".equals(c.abbr())
                || "M3PO".equals(c.term().en())).toList();
        assertThat(m3po).hasSize(1);
        assertThat(m3po.get(0).term().en()).isEqualTo("Massively Multi-Task Model-Based Policy Optimization");
        assertThat(m3po.get(0).term().zh()).isEqualTo("大规模多任务模型基础策略优化");
    }

    @Test
    void aWordOfACompoundWrittenAsOneIsTheTermsOwnAndNoShortFormIsCopied() {
        // "The method, MultiPoint Proximity (MPP) encoding, ..." / "……的编码方法，即多点接近（MPP）编码。": 点 renders
        // "points" elsewhere in the paper ("reference points"), which is the end of "MultiPoint", so it does not speak
        // against 多点接近; the card copied MPP, the short form the translation goes on to write, as its Chinese side.
        Counterpart c = PAPERS.candidate("unlearned-long-forms#mpp@zh", "多点接近").counterpart();
        assertThat(c.text()).isEqualTo("MultiPoint Proximity");

        Card mpp = PAPERS.cardWithShortForm("MPP");
        assertThat(mpp.term().en()).isEqualTo("MultiPoint Proximity");
        assertThat(mpp.term().zh()).isEqualTo("多点接近");
    }
}
