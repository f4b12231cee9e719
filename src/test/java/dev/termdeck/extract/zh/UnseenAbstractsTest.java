package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.ScoredCandidate;
import dev.termdeck.extract.Selection;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.TermRanker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generality: Chinese abstracts that are not in the corpus (written for these tests: attention, dropout, contrastive
 * learning, knowledge distillation, chain-of-thought), selected as a build selects them (the ranker's score, the
 * default minimum score and cap). The key terms must be kept, and every kept term must be one a teacher would keep.
 */
class UnseenAbstractsTest {
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(HanLpTermExtractorTest.ZH,
            HanLpTermExtractorTest.GLOSSARY);

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "attention.txt;多头注意力|自注意力|注意力机制|Transformer;多头注意力|自注意力|注意力机制|循环神经网络|卷积神经网络|机器翻译|编码器|解码器|卷积|Transformer",
        "dropout.txt;随机失活|过拟合;随机失活|神经网络|深度神经网络|机器学习|过拟合|语音识别|监督学习|文档分类|计算生物学",
        "contrastive.txt;SimCLR|对比学习|自监督学习|数据增强;SimCLR|自监督学习|对比学习|数据增强|对比损失|批量大小|半监督学习|线性分类器",
        "distillation.txt;知识蒸馏|教师模型|学生模型|软目标;软目标|知识蒸馏|机器学习|计算成本|教师模型|学生模型|模型集成|声学模型",
        "cot.txt;思维链|思维链提示;思维链|语言模型|大型语言模型|思维链提示|算术推理|常识推理|符号推理|GSM8K"
    })
    void keepsTheKeyTermsAndOnlyTermsWorthLearning(String file, String expected, String allowed) throws IOException {
        List<String> kept = selected(file);
        assertThat(kept).containsAll(List.of(expected.split("\\|")));
        assertThat(allowed.split("\\|")).containsAll(kept);
        assertThat(kept.size()).isLessThanOrEqualTo(Selection.DEFAULT_PER_DOCUMENT);
    }

    @Test
    void definitionsFoundInUnseenText() throws IOException {
        Document d = doc("distillation.txt");
        TermCandidate kd = extractor.extract(d).stream().filter(c -> c.text().equals("知识蒸馏")).findFirst()
                .orElseThrow();
        assertThat(kd.definition()).contains("称为知识蒸馏");
    }

    private List<String> selected(String file) throws IOException {
        TermRanker ranker = new TermRanker();
        List<ScoredCandidate> scored = new ArrayList<>();
        for (TermCandidate c : extractor.extract(doc(file))) {
            double s = ranker.score(c, 1);
            if (s >= Selection.DEFAULT_MIN_SCORE) {
                scored.add(new ScoredCandidate(c, s));
            }
        }
        scored.sort(ScoredCandidate.BEST_FIRST);
        return scored.stream().limit(Selection.DEFAULT_PER_DOCUMENT).map(s -> s.candidate().text()).toList();
    }

    private static Document doc(String file) throws IOException {
        try (InputStream in = UnseenAbstractsTest.class.getResourceAsStream(file)) {
            return new Document(file + "#1", file, Lang.ZH, null, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
