package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.extract.zh.HanLpChinese;
import org.junit.jupiter.api.Test;

class ComposerTest {
    private final Glossary glossary = new GlossaryReader(HanLpChinese.get()).builtIn();
    private final Composer composer = new Composer(glossary);

    @Test
    void buildsEitherSideFromGlossaryParts() {
        assertThat(composer.toEnglish("视频文本检索")).contains("video text retrieval");
        assertThat(composer.toEnglish("GNN神经元")).contains("GNN neuron");
        assertThat(composer.toChinese("model architecture")).contains("模型架构");
        assertThat(composer.toChinese("LDA model")).contains("LDA模型");
        assertThat(composer.toEnglish("Nadaraya-Watson回归")).contains("Nadaraya-Watson regression");
        assertThat(composer.toEnglish("人格偏见")).contains("persona bias");
    }

    @Test
    void buildsNothingWhenAPartIsUnknownOrThereIsOnlyOnePart() {
        assertThat(composer.toChinese("cat collar")).isEmpty();
        assertThat(composer.toChinese("Sum-of-Squares method")).isEmpty();
        assertThat(composer.toEnglish("持续处理效应")).isEmpty();
        assertThat(composer.toEnglish("视频")).isEmpty();
    }

    @Test
    void findsATermWrittenWithVariantsOfItsParts() {
        assertThat(glossary.findChinese("新兴能力").orElseThrow().en()).isEqualTo("emergent ability");
        assertThat(glossary.findChinese("条件平均治疗效果").orElseThrow().abbr()).isEqualTo("CATE");
        assertThat(glossary.expandedRenderings()).containsKey("少量提示");
    }
}
