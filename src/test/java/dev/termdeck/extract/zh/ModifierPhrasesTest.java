package dev.termdeck.extract.zh;

import org.junit.jupiter.api.Test;

/**
 * A phrase ending in a word that makes an adjective of it ("-driven", "-related"), written before the noun it
 * modifies at every occurrence, is no term; on sentences of a digest page of the tune split (arXiv 2505.21372).
 */
class ModifierPhrasesTest {
    @Test
    void aDrivenPhraseBeforeItsNounIsNoTerm() {
        // LLM驱动 ("LLM-driven") recurs, always before 的 or a noun: the methods and the sampling are what it names.
        HanLpTermExtractorTest.assertCandidates("然而，LLM驱动的方法在高维搜索空间或缺乏领域特定先验时，常常面临稀疏或无信息的"
                + "建议。为了解决这些问题，本文提出了一种新颖的全球优化算法HOLLM，通过将搜索空间划分为有前景的子区域来增强"
                + "LLM驱动的采样。实证评估表明，HOLLM在标准优化基准上始终与领先的贝叶斯优化和信赖域方法相匹配或超越，"
                + "同时显著优于全球LLM驱动的采样策略。", "搜索空间", t -> t.endsWith("驱动"));
    }
}
