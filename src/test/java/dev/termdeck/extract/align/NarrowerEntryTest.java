package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import org.junit.jupiter.api.Test;

/**
 * A term grouped with a shorter form of itself that the glossary knows (tune: arXiv 2506.10465, "Medical image
 * segmentation is crucial ..." and "we introduce medical image reasoning segmentation, a novel task ..." /
 * 本文提出医学图像推理分割这一新任务): the shorter form's entry is another concept, so the card's Chinese side is the
 * translation's rendering of the whole term, not the entry's 医学图像分割 with 推理 left out.
 */
class NarrowerEntryTest {

    private static final BilingualFixture.Aligned PAPER = BilingualFixture.Aligned.load("narrower-entry.jsonl");

    @Test
    void theCardKeepsEveryWordOfTheTermInChinese() {
        Card card = PAPER.assemble().cards().stream()
                .filter(k -> "medical image reasoning segmentation".equals(k.term().en())).findFirst().orElseThrow();

        assertThat(card.term().zh()).isEqualTo("医学图像推理分割");
    }
}
