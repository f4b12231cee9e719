package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No word glued before a Chinese term glossed with a short form, on a sentence of a tune page (arXiv 2510.22728): a
 * leading word is left out when the short form spells the glossary's English of the rest as a whole term (not only
 * one built of two parts or more) and not that of the whole: VQA spells "visual question answering", the glossary's
 * English of 视觉问答, and not the English of 医学视觉问答. (The judges' shape 微调小型语言模型 for SLMs, 微调 being
 * "fine-tune", is the same: the glossary gives 小型语言模型 as a whole term only.)
 */
class GluedWordTest {
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(HanLpTermExtractorTest.ZH,
            HanLpTermExtractorTest.GLOSSARY);

    @Test
    void theShortFormSpellsTheGlossaryTermAfterTheLeadingWord() {
        List<TermCandidate> c = extract("尽管思维链（CoT）提示在医学视觉问答（VQA）中显示出潜力，"
                + "但尚无大规模专家级数据集捕获具有精确视觉 grounding 的逐步推理。");

        assertThat(c).anyMatch(t -> "VQA".equals(t.abbr()) && t.text().equals("视觉问答"));
        assertThat(c).noneMatch(t -> "VQA".equals(t.abbr()) && t.text().equals("医学视觉问答"));
    }

    private List<TermCandidate> extract(String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.ZH, null, text));
    }
}
