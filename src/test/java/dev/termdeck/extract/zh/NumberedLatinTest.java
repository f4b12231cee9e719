package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number that opens a word is one piece with the Latin letters written right after it (3D), so no term starts at
 * the letter; a number inside a Latin word (M3PO) is not joined. Sentences of digest pages of the tune split (arXiv
 * 2510.18267, 2506.21782).
 */
class NumberedLatinTest {
    private static final HanLpChinese ZH = HanLpTermExtractorTest.ZH;

    @Test
    void aNumberBeforeLatinLettersIsOneWordWithThem() {
        // arXiv 2510.18267 (tune): HanLP reads 3/D/人体/网格, and a term began at D (D人体网格, "D human mesh").
        String s = "现有的3D人体网格恢复方法通常未能充分利用潜在信息（例如，人体运动、形状对齐），导致重建的人体网格"
                + "出现肢体错位和局部细节不足的问题，尤其是在复杂场景中。";
        List<ZhToken> t = new ZhText(s, ZH.segment(s)).tokens();

        assertThat(t).anyMatch(p -> p.word().equals("3D") && WordClass.of(p) == WordClass.NOUN);
        assertThat(t).noneMatch(p -> p.word().equals("D"));
    }

    @Test
    void aNumberInsideALatinNameStaysApart() {
        // arXiv 2506.21782 (tune): the 3 of M3PO follows a letter, so it opens no word.
        String s = "我们提出了大规模多任务模型基础策略优化（M3PO），这是一个可扩展的模型基础强化学习框架。";
        List<ZhToken> t = new ZhText(s, ZH.segment(s)).tokens();

        assertThat(t).noneMatch(p -> p.word().equals("3PO"));
    }
}
