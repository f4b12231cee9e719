package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb HanLP writes as one word with its aspect particle (证明了, 绕过) ends the term before it and is no part of the
 * term after it, on sentences of digest pages of the tune split (arXiv 2512.04862, 2509.20570).
 */
class AspectVerbTest {
    private static final HanLpChinese ZH = HanLpTermExtractorTest.ZH;

    @Test
    void aVerbWrittenWithLeIsNoModifierOfTheNounsAfterIt() {
        // arXiv 2512.04862 (tune): HanLP reads 我们/证明了/重建/精度; 证明了 ("showed") is the clause's verb, and a
        // term starting at it would be 证明了重建精度, as a held-out page gave 证明了概率有限自动机 before (PFA).
        List<ZhToken> t = ZH.segment("通过使用三个输入姿态估计器进行测试，我们证明了重建精度平均提高了11.7%。");

        assertThat(classOf(t, "证明了")).isEqualTo(WordClass.BREAK);
        assertThat(classOf(t, "重建")).isNotEqualTo(WordClass.BREAK);
        assertThat(classOf(t, "精度")).isEqualTo(WordClass.NOUN);
    }

    @Test
    void aVerbWrittenWithGuoIsNoModifierOfTheTermAfterIt() {
        // arXiv 2509.20570 (tune): 绕过 ("bypasses") takes 值近似 ("value approximation") as its object.
        List<ZhToken> t = ZH.segment("为了克服这个问题，我们提出了物理信息奖励微调（PIRF），该方法通过计算轨迹级别的奖励"
                + "并直接反向传播其梯度来绕过值近似。");

        assertThat(classOf(t, "绕过")).isEqualTo(WordClass.BREAK);
        assertThat(classOf(t, "值")).isEqualTo(WordClass.NOUN);
    }

    private static WordClass classOf(List<ZhToken> tokens, String word) {
        ZhToken token = tokens.stream().filter(x -> x.word().equals(word)).findFirst().orElseThrow();
        return WordClass.of(token);
    }
}
