package dev.termdeck.extract.zh;

import org.junit.jupiter.api.Test;

/**
 * Capitalised Latin words written with single spaces between them in Chinese text are one name, not a name for each
 * word, on sentences of a digest page of the tune split (arXiv 2509.26000).
 */
class LatinNameWordsTest {
    @Test
    void capitalisedWordsWithSpacesBetweenThemAreOneName() {
        // The page names its method after 称为; Informed and Asymmetric each recurred and were each a "name".
        HanLpTermExtractorTest.assertCandidates("本文挑战了这一假设，提出了一种新的Actor-Critic框架，称为Informed Asymmetric "
                + "Actor-Critic，它允许Critic以任意特权信号为条件，而无需访问完整状态。我们在基准导航任务和合成部分可观测"
                + "环境中验证了我们的方法，表明当存在信息丰富的特权输入时，我们的Informed Asymmetric方法提高了学习效率和价值"
                + "估计。", "Informed Asymmetric Actor-Critic", t -> t.equals("Informed") || t.equals("Asymmetric"));
    }
}
