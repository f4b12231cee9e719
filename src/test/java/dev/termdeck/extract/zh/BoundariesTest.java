package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.GlossaryReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese candidate edges, each on a real sentence: no character cut from the word at an edge, no headword. */
class BoundariesTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final HanLpTermExtractor EXTRACTOR = new HanLpTermExtractor(ZH, new GlossaryReader(ZH).builtIn());

    @Test
    void theAblePrefixBelongsToTheTerm() {
        // 可/训练/参数: "trainable parameters", not "training parameters".
        List<String> t = texts("该方法只更新少量可训练参数，可训练参数的数量远小于全量微调。");

        assertThat(t).contains("可训练参数").doesNotContain("训练参数");
    }

    @Test
    void aNounSuffixTheSegmenterSplitOffBelongsToTheTerm() {
        // 大/数据/集: the text speaks of a large dataset, not of big data.
        List<String> t = texts("我们在大数据集上训练模型，大数据集包含一百万张图像。");

        assertThat(t).doesNotContain("大数据");
    }

    @Test
    void aHyphenBetweenHanziJoinsTheTermBeforeAGloss() {
        // GIR-Bench (arXiv 2510.11026): 首先，评估理解-生成一致性（GIR-Bench-UGC）: not 生成一致性.
        List<String> t = texts("首先，评估理解-生成一致性（GIR-Bench-UGC），其次，评估推理驱动的文本到图像生成（GIR-Bench-T2I）。");

        assertThat(t).noneMatch(s -> s.equals("生成一致性"));
        assertThat(t).anyMatch(s -> s.endsWith("理解-生成一致性"));
        // arXiv 2509.09176: 量子异步优势行动者-评论家算法(QA3C), not 评论家算法.
        assertThat(texts("该代理集成了量子长短期记忆网络(QLSTM)用于短期趋势预测，以及量子异步优势行动者-评论家算法(QA3C)，"
                + "这是一种经典A3C算法的量子增强变体。")).noneMatch(s -> s.equals("评论家算法"));
    }

    @Test
    void aTermStaysWhenItAlsoStandsAlone() {
        List<String> t = texts("大数据改变了科学研究。大数据的规模很大。");

        assertThat(t).contains("大数据");
    }

    @Test
    void theHeadwordBesideANamedTermIsNoTerm() {
        List<String> t = texts("这一现象被称为灾难性遗忘。灾难性遗忘是持续学习的核心问题。");

        assertThat(t).contains("灾难性遗忘").doesNotContain("现象");
    }

    @Test
    void aBareAcronymWithItsExpansionInBracketsGivesTheExpansionsCard() {
        List<TermCandidate> cs = extract("我们采用OFDM（正交频分复用）技术。OFDM降低了符号间干扰。");

        TermCandidate c = cs.stream().filter(x -> x.text().equals("正交频分复用")).findFirst().orElseThrow();
        assertThat(c.abbr()).isEqualTo("OFDM");
        assertThat(cs).extracting(TermCandidate::text).doesNotContain("OFDM");
    }

    @Test
    void noLeadingVerbBeforeAGlossedTerm() {
        List<String> t = texts("本文专注于多模态大语言模型（MLLM）的幻觉问题。");

        assertThat(t).contains("多模态大语言模型").noneMatch(x -> x.startsWith("专注"));
    }

    private static List<TermCandidate> extract(String text) {
        return EXTRACTOR.extract(new Document("t#1", "t.txt", Lang.ZH, null, text));
    }

    private static List<String> texts(String text) {
        return extract(text).stream().map(TermCandidate::text).toList();
    }
}
