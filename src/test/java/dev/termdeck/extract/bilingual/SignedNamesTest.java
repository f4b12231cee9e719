package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name with its signs is its own Chinese side whole. The tune translation of arXiv 2505.19863 writes the paper's
 * FruitNeRF++ and the FruitNeRF it builds on (我们提出了FruitNeRF++，一种新颖的水果计数方法…我们的工作基于FruitNeRF，…), and
 * the English "We introduce FruitNeRF++, a novel fruit-counting approach": a Chinese side FruitNeRF for FruitNeRF++ is
 * the name cut, as UNIPHY was for UNIPHY+ (the judges' round eleven).
 */
class SignedNamesTest {

    @Test
    void theNameWithoutItsSignsGivesWayToTheWholeName() {
        assertThat(SignedNames.whole("FruitNeRF", "FruitNeRF++")).isEqualTo("FruitNeRF++");
        assertThat(SignedNames.whole("UNIPHY", "UNIPHY+")).isEqualTo("UNIPHY+");
    }

    @Test
    void otherChineseSidesStay() {
        assertThat(SignedNames.whole("FruitNeRF", "FruitNeRF")).isEqualTo("FruitNeRF");
        assertThat(SignedNames.whole("水果计数", "FruitNeRF++")).isEqualTo("水果计数");
        assertThat(SignedNames.whole("FruitNeRF", "FruitNeRF-2")).isEqualTo("FruitNeRF");
        assertThat(SignedNames.whole(null, "FruitNeRF++")).isNull();
    }
}
