package dev.termdeck.extract.zh;

import org.junit.jupiter.api.Test;

/**
 * Capitalised Latin words written with single spaces between them in Chinese text are one name, not a name for each
 * word, and the plus signs that end a name are part of it, on sentences of digest pages of the tune split (arXiv
 * 2509.26000, 2505.19863).
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

    @Test
    void thePlusSignsThatEndANameArePartOfIt() {
        // FruitNeRF++ builds on FruitNeRF, which the page names once; the name cut before its pluses was counted three
        // times and became a card with the sentences that introduce FruitNeRF++.
        HanLpTermExtractorTest.assertCandidates("我们提出了FruitNeRF++，一种新颖的水果计数方法，结合了对比学习和神经辐射场，"
                + "从非结构化的果园照片中计数水果。我们的工作基于FruitNeRF，后者采用了神经语义场和特定水果的聚类方法。"
                + "我们在合成数据集和真实世界基准苹果数据集上评估了我们的方法，结果表明FruitNeRF++更易于控制，并且与其他"
                + "最先进的方法相比表现良好。", "FruitNeRF++", t -> t.equals("FruitNeRF"));
    }
}
