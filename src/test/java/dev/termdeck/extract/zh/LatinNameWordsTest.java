package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capitalised Latin words written with single spaces between them in Chinese text are one name, not a name for each
 * word, on sentences of a digest page of the tune split (arXiv 2509.26000).
 */
class LatinNameWordsTest {
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(HanLpTermExtractorTest.ZH,
            HanLpTermExtractorTest.GLOSSARY);

    @Test
    void capitalisedWordsWithSpacesBetweenThemAreOneName() {
        // The page names its method after 称为; Informed and Asymmetric each recurred and were each a "name".
        List<TermCandidate> c = extractor.extract(new Document("t#1", "t.txt", Lang.ZH, null,
                "本文挑战了这一假设，提出了一种新的Actor-Critic框架，称为Informed Asymmetric Actor-Critic，"
                        + "它允许Critic以任意特权信号为条件，而无需访问完整状态。我们在基准导航任务和合成部分可观测环境中"
                        + "验证了我们的方法，表明当存在信息丰富的特权输入时，我们的Informed Asymmetric方法提高了学习效率和"
                        + "价值估计。"));

        assertThat(c).anyMatch(t -> t.text().equals("Informed Asymmetric Actor-Critic"));
        assertThat(c).noneMatch(t -> t.text().equals("Informed") || t.text().equals("Asymmetric"));
    }
}
