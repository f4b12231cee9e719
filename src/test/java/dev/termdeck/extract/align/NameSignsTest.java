package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Latin name the other version writes goes on past a sign that is part of a name (tune translation of arXiv
 * 2505.19863: 我们提出了FruitNeRF++，…我们的工作基于FruitNeRF，…): FruitNeRF is written whole only where no plus sign
 * follows it, so a name is not matched by the piece of a longer one (UNIPHY of UNIPHY+).
 */
class NameSignsTest {

    @Test
    void aNameFollowedByItsPlusSignsIsNotThePieceBeforeThem() {
        String first = "我们提出了FruitNeRF++，一种新颖的水果计数方法，结合了对比学习和神经辐射场，从非结构化的果园照片中计数水果。";
        String second = "我们的工作基于FruitNeRF，后者采用了神经语义场和特定水果的聚类方法。";

        assertThat(LatinForms.containsWord(first, "FruitNeRF")).isFalse();
        assertThat(LatinForms.containsWord(first, "FruitNeRF++")).isTrue();
        assertThat(LatinForms.containsWord(first + second, "FruitNeRF")).isTrue();
    }
}
