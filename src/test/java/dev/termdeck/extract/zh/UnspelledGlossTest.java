package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short form in brackets after a Chinese term whose English the glossary knows glosses it only when its letters
 * spell that English, on real sentences: the method notes of tune digest pages (arXiv 2506.11773, 2506.21552,
 * 2506.05016) and a tune abstract. A piece of the glossary's rendering of the short form still glosses it
 * (反事实预测中的分布(OOD), HanLpTermExtractorTest).
 */
class UnspelledGlossTest {
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(HanLpTermExtractorTest.ZH,
            HanLpTermExtractorTest.GLOSSARY);

    @Test
    void aShortFormThatDoesNotSpellTheGlossarysEnglishOfTheTermIsNoGlossOfIt() {
        // The sensor ("inertial measurement unit") is named after the device it is worn in; the data set after the
        // pipeline ("Aria Navigation Dataset"), not "dataset"; the encoding after the words before 编码
        // ("MultiPoint Proximity").
        assertNoGloss("首先，从可穿戴设备（IMU）采集三轴加速度数据。", "IMU");
        assertNoGloss("技术创新在于提出了一个新的数据收集管道和相应的数据集（AND），为训练模型提供了数据。", "AND");
        assertNoGloss("论文提出的多点接近编码（MPP）方法，通过参考点的缩放距离来表示形状，增强了模型的参数化能力。", "MPP");
    }

    @Test
    void aShortFormThatSpellsItStillGlossesIt() {
        assertThat(extract("尽管多模态大型语言模型（MLLMs）在医学问答任务中取得了进展，但大多数方法在生成精确的分割掩膜方面仍存在困难，"
                + "限制了其在自动医学诊断中的应用。"))
                .anyMatch(t -> "MLLMs".equals(t.abbr()) || "MLLM".equals(t.abbr()));
    }

    @Test
    void anAmpersandBetweenLettersJoinsALatinName() {
        // arXiv 2509.10809 (tune): the name was cut after its ampersand, "P Top-K".
        List<TermCandidate> c = extract("与传统的解码器中心方法相比，S&P Top-K直接在编码器的特征空间中进行操作。此外，"
                + "S&P Top-K是一种无需重新训练的方法。");

        assertThat(c).anyMatch(t -> t.text().equals("S&P Top-K"));
        assertThat(c).noneMatch(t -> t.text().equals("P Top-K"));
    }

    private void assertNoGloss(String text, String abbr) {
        assertThat(extract(text)).noneMatch(t -> abbr.equals(t.abbr()) && !t.text().equals(abbr));
    }

    private List<TermCandidate> extract(String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.ZH, null, text));
    }
}
