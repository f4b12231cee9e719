package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phrase ending in a word that makes an adjective of it ("-driven", "-related"), written before the noun it
 * modifies at every occurrence, is no term; on sentences of a digest page of the tune split (arXiv 2505.21372).
 */
class ModifierPhrasesTest {
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(HanLpTermExtractorTest.ZH,
            HanLpTermExtractorTest.GLOSSARY);

    @Test
    void aDrivenPhraseBeforeItsNounIsNoTerm() {
        // LLM驱动 ("LLM-driven") recurs, always before 的 or a noun: the methods and the sampling are what it names.
        List<TermCandidate> c = extractor.extract(new Document("t#1", "t.txt", Lang.ZH, null,
                "然而，LLM驱动的方法在高维搜索空间或缺乏领域特定先验时，常常面临稀疏或无信息的建议。"
                        + "为了解决这些问题，本文提出了一种新颖的全球优化算法HOLLM，通过将搜索空间划分为有前景的子区域来"
                        + "增强LLM驱动的采样。实证评估表明，HOLLM在标准优化基准上始终与领先的贝叶斯优化和信赖域方法相匹配"
                        + "或超越，同时显著优于全球LLM驱动的采样策略。"));

        assertThat(c).noneMatch(t -> t.text().endsWith("驱动"));
        assertThat(c).anyMatch(t -> t.text().equals("搜索空间"));
    }
}
