package dev.termdeck.extract.zh;

import org.junit.jupiter.api.Test;

/**
 * The object and verb of a 将 clause (将X蒸馏为Y) are no term, on sentences of a digest page of the tune split
 * (arXiv 2506.16170).
 */
class ClauseVerbsTest {
    @Test
    void theObjectAndVerbOfADisposalClauseAreNoTerm() {
        // 大型教师模型蒸馏 recurred, each time 将 X 蒸馏为 Y: "distil the large teacher model into ...".
        HanLpTermExtractorTest.assertCandidates("本研究探讨了不同KD方法在将大型教师模型蒸馏为较小学生模型时，如何影响微调任务"
                + "数据的记忆。研究表明，将大型教师模型蒸馏为较小的变体不仅降低了计算成本和模型大小，还显著减少了与标准微调"
                + "方法相比的记忆风险。", "计算成本", t -> t.endsWith("蒸馏"));
    }
}
