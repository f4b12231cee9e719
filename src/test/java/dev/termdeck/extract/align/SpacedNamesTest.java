package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name of several words, each a name of its own, is written the same in the translation, and is its own Chinese
 * side: the tune page of arXiv 2509.10809 ("We introduce S&P Top-K, a retraining-free and computationally lightweight
 * Selection and Projection framework", 我们引入了S&P Top-K，一种无需重新训练且计算量轻的Selection and Projection框架).
 * English words the translation copied ("Selection and Projection") are no such name.
 */
class SpacedNamesTest {
    private static final String ZH = "我们引入了S&P Top-K，一种无需重新训练且计算量轻的Selection and Projection框架，用于识别与敏感属性或"
            + "行为对齐的Top-K编码器特征。";

    @Test
    void wordsThatAreEachANameAreOneName() {
        assertThat(LatinForms.isSpacedName("S&P Top-K")).isTrue();
        assertThat(LatinForms.containsWord(ZH, "S&P Top-K")).isTrue();
    }

    @Test
    void aPhraseWithAnEverydayWordIsNoName() {
        assertThat(LatinForms.isSpacedName("Selection and Projection")).isFalse();
        assertThat(LatinForms.isSpacedName("Top-K encoder")).isFalse();
        assertThat(LatinForms.isSpacedName("Top-K")).isFalse();
    }
}
