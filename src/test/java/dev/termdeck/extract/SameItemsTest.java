package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameItemsTest {
    @Test
    void theSameObjectsInTheSameOrderWithAnEqualValueAreOneKey() {
        String a = new String("contrastive learning");
        String b = new String("diffusion model");

        assertThat(new SameItems(List.of(a, b), List.of(true))).isEqualTo(new SameItems(List.of(a, b), List.of(true)))
                .hasSameHashCodeAs(new SameItems(List.of(a, b), List.of(true)));
        assertThat(new SameItems(List.of(a, b), null)).isNotEqualTo(new SameItems(List.of(b, a), null));
        assertThat(new SameItems(List.of(a, b), true)).isNotEqualTo(new SameItems(List.of(a, b), false));
    }

    @Test
    void equalObjectsThatAreNotTheSameAreAnotherKey() {
        String a = new String("contrastive learning");
        String copy = new String("contrastive learning");

        assertThat(new SameItems(List.of(a), null)).isNotEqualTo(new SameItems(List.of(copy), null));
    }
}
