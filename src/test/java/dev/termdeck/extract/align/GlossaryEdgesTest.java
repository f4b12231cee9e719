package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void theStartOfALongerGlossaryTermOfTheFirstWordsIsTakenBack() {
        // Tune page 2506.10443 (MNN-LLM): "strategies such as multicore load balancing, mixed-precision floating-point
        // operations"; the glossary has no "mixed-precision" alone, but "mixed-precision quantization" is 混合精度量化,
        // and alignment found 精度浮点运算 after the word 混合.
        String text = "同时采用多核负载均衡、混合精度浮点运算和几何计算等策略";
        assertThat(complete(text, "精度浮点运算", "mixed-precision floating-point operation")).isEqualTo("混合精度浮点运算");
        // Not when the characters before are not the longer rendering's start.
        assertThat(complete(text, "浮点运算", "mixed-precision floating-point operation")).isEqualTo("浮点运算");
    }

    @Test
    void theRestOfAShortFormsRenderingAfterTheTermIsTakenBack() {
        // Tune page 2506.17564, "Residual RL" (the title), written 残差强化学习: the glossary's RL is 强化学习, so a run
        // that stops at 残差强化 takes back 学习 (a translation writes the short form of "X on Y" last, too: Y的X).
        String text = "基于不确定性估计的加速残差强化学习方法";
        assertThat(complete(text, "残差强化", "Residual RL")).isEqualTo("残差强化学习");
        // A short form the glossary shares between two concepts (CNN) completes nothing.
        String cnn = "提出超轻量级可分离卷积神经网络用于帕金森病步态检测";
        assertThat(complete(cnn, "可分离卷积神经", "Separable CNNs")).isEqualTo("可分离卷积神经");
    }

    @Test
    void theCharacterOfAnAffixTheSegmenterReadAloneBeforeTheTermIsTakenBack() {
        // Tune page 2508.14948: "aggregates them into transferable coarse-grained forms", read 可/转移/的/粗/粒度/形式;
        // the glossary's first words in "-able" start with 可 (可微, 可解释, 可扩展), so 可 renders the affix.
        String text = "通过识别最优提取层并将CR聚合为可转移的粗粒度形式，增强了转移能力";
        assertThat(complete(text, "转移的粗粒度形式", "transferable coarse-grained form")).isEqualTo("可转移的粗粒度形式");
        // Not when the segmenter read the character inside a word, nor for a word without the affix.
        int start = text.indexOf("转移的");
        int[] r = EDGES.complete(text, start, start + 8, "transferable coarse-grained form",
                EnglishWords.of("transferable coarse-grained form"), i -> new Word("为可", "", i - 2, i, false, false, true, false));
        assertThat(text.substring(r[0], r[1])).isEqualTo("转移的粗粒度形式");
        assertThat(complete(text, "转移的粗粒度形式", "transferred coarse-grained form")).isEqualTo("转移的粗粒度形式");
    }

    @Test
    void theWordBeforeRendersThePrefixOfAWordWhoseRestTheTermStartsWith() {
        // Tune page 2509.10809: "a retraining-free and computationally lightweight ... framework"; "training" is 训练,
        // so the 重新 ("again") read before 训练 renders the "re-" of "retraining".
        String text = "一种无需重新训练且计算量轻的Selection and Projection框架";
        List<Word> zh = new ChineseWords(BilingualFixture.ZH).of(text);
        int start = text.indexOf("训练");
        int[] r = EDGES.complete(text, start, start + 2, "retraining", EnglishWords.of("retraining"),
                i -> zh.stream().filter(w -> w.end() == i).findFirst().orElse(null));
        assertThat(text.substring(r[0], r[1])).isEqualTo("重新训练");
        // Not for a word that is no prefix and a glossary word: "training" itself.
        r = EDGES.complete(text, start, start + 2, "training", EnglishWords.of("training"),
                i -> zh.stream().filter(w -> w.end() == i).findFirst().orElse(null));
        assertThat(text.substring(r[0], r[1])).isEqualTo("训练");
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
        int[] r = EDGES.complete(text, start, start + term.length(), english, EnglishWords.of(english), i -> new Word(text.substring(i - 1, i), "", i - 1, i, true, true, true, false));
        return text.substring(r[0], r[1]);
    }
}
