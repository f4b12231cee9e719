package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A morpheme an aligned Chinese term lost at its edge, taken back from the glossary's rendering of the English. */
class GlossaryEdgesTest {
    private static final GlossaryEdges EDGES = new GlossaryEdges(BilingualFixture.GLOSSARY);

    @Test
    void theRestOfTheFirstWordsRenderingBeforeTheTermIsTakenBack() {
        // Tune page 2510.27222: "this design overlooks information shared between invariant and equivariant
        // learning"; HanLP reads 等/变 (等 as "etc."), so alignment found 变学习. The building block "equivariant" is 等变.
        String text = "然而，这种设计忽略了不变学习和等变学习之间共享的信息";
        assertThat(complete(text, text.lastIndexOf("变学习"), "变学习", "equivariant learning")).isEqualTo("等变学习");
        // And the 变学习 of 不变学习 is "invariant learning", whose 不 it lost.
        assertThat(complete(text, text.indexOf("变学习"), "变学习", "invariant learning")).isEqualTo("不变学习");
    }

    @Test
    void aHyphenatedFirstWordIsLookedUpWhole() {
        // Tune page 2508.10104: the building block "self-supervised" is 自监督; HanLP reads 自 as a preposition.
        String text = "自监督学习有望消除手动数据标注的需求";
        assertThat(complete(text, "监督学习", "Self-supervised learning")).isEqualTo("自监督学习");
    }

    @Test
    void theRestOfTheLastWordsRenderingAfterTheTermIsTakenBack() {
        // Tune page 2509.20570 (PIRF): "in five PDE benchmarks"; "benchmark" is 基准测试.
        String text = "在五个PDE基准测试中，PIRF在高";
        assertThat(complete(text, "PDE基准", "PDE benchmark")).isEqualTo("PDE基准测试");
    }

    @Test
    void aTermThatHoldsTheRenderingOrNoPieceOfItIsLeftAsItIs() {
        String text = "然而，这种设计忽略了不变学习和等变学习之间共享的信息";
        assertThat(complete(text, "等变学习", "equivariant learning")).isEqualTo("等变学习");
        // 不变 ("invariant") is no completion of 变学习 after 等: the character before is not its first.
        assertThat(complete(text, text.lastIndexOf("变学习"), "变学习", "invariant learning")).isEqualTo("变学习");
    }

    private static String complete(String text, String term, String english) {
        return complete(text, text.indexOf(term), term, english);
    }

    private static String complete(String text, int start, String term, String english) {
        int[] r = EDGES.complete(text, start, start + term.length(), english, EnglishWords.of(english));
        return text.substring(r[0], r[1]);
    }
}
