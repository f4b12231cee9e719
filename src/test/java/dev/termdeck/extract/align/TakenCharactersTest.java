package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Characters an edge repair takes after an aligned run may not be the start of a longer word of the segmenter. */
class TakenCharactersTest {
    private static final ChineseWords WORDS = new ChineseWords(BilingualFixture.ZH);

    @Test
    void aCharacterThatStartsTheNextWordIsNotTaken() {
        // Tune page 2509.04973: "a topology-aware graph reinforcement learning method"; 图强 is a word (发愤图强), so
        // the run 拓扑感知的图 took 强, the first character of 强化.
        assertThat(cuts("本文提出了一种拓扑感知的图强化学习方法", "强化", 1)).isTrue();
        assertThat(cuts("本文提出了一种拓扑感知的图强化学习方法", "强化", 2)).isFalse();
        // Tune page 2512.21917: 误差界 ("error bound") is a glossary term, but the text writes 误差界限, and the run for
        // "finite-sample policy error" ends at 误差.
        assertThat(cuts("函数复杂性度量的有限样本策略误差界限。", "界限", 1)).isTrue();
    }

    /** Whether taking {@code taken} characters from where {@code next} starts in {@code text} cuts a word. */
    private static boolean cuts(String text, String next, int taken) {
        int end = text.indexOf(next);
        return AlignedRenderings.cutsWord(WORDS.of(text), end, end + taken);
    }
}
