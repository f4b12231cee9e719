package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.extract.zh.HanLpChinese;
import org.junit.jupiter.api.Test;

class PartsTranslatorTest {
    private final Glossary glossary = new GlossaryReader(HanLpChinese.get()).builtIn();
    private final PartsTranslator composer = new PartsTranslator(glossary);

    @Test
    void buildsEitherSideFromGlossaryParts() {
        assertThat(composer.toEnglish("视频文本检索")).contains("video text retrieval");
        assertThat(composer.toEnglish("GNN神经元")).contains("GNN neuron");
        assertThat(composer.toChinese("model architecture")).contains("模型架构");
        assertThat(composer.toChinese("LDA model")).contains("LDA模型");
        // A name and a glossary word (Nadaraya-Watson回归 is an entry of its own now).
        assertThat(composer.toEnglish("Deming回归")).contains("Deming regression");
        assertThat(composer.toEnglish("人格偏见")).contains("persona bias");
    }

    @Test
    void buildsNothingWhenAPartIsUnknownOrThereIsOnlyOnePart() {
        assertThat(composer.toChinese("cat collar")).isEmpty();
        assertThat(composer.toChinese("Variational Counter Net")).as("everyday words are no names").isEmpty();
        assertThat(composer.toEnglish("猫项圈")).isEmpty();
        assertThat(composer.toEnglish("视频")).isEmpty();
        assertThat(composer.toChinese("ablation")).isEmpty();
    }

    @Test
    void rendersParticiplesAffixesAndHyphenatedWordsPartByPart() {
        assertThat(composer.toChinese("multitask prompted training")).contains("多任务提示训练");
        assertThat(composer.toChinese("cosine-distance loss")).contains("余弦距离损失");
        assertThat(composer.toChinese("protein-ligand binding affinity prediction")).contains("蛋白质配体结合亲和力预测");
        assertThat(composer.toChinese("kernel-based regression")).contains("基于核的回归");
        assertThat(composer.toChinese("self-supervised pre-training")).contains("自监督预训练");
        assertThat(composer.toChinese("multi-granularity fusion")).isEmpty();
        assertThat(composer.toChinese("retrieval-augmented LM")).contains("检索增强LM");
        assertThat(composer.toChinese("Sum-of-Squares algorithm")).contains("平方和算法");
        assertThat(composer.toChinese("stochastic search")).contains("随机搜索");
        assertThat(composer.toEnglish("持续处理效应")).contains("continual treatment effect");
    }

    @Test
    void keepsACapitalisedWordThatIsNoEverydayWordAsAName() {
        PartsTranslator withNames = new PartsTranslator(glossary, dev.termdeck.extract.en.EnglishLexicon.bundled()::isGeneral);
        assertThat(withNames.toChinese("Imaging Atmospheric Cherenkov Telescope")).contains("成像大气Cherenkov望远镜");
        assertThat(withNames.toChinese("Variational Counter Net")).isEmpty();
    }

    @Test
    void findsATermWrittenWithVariantsOfItsParts() {
        assertThat(glossary.findChinese("新兴能力").orElseThrow().en()).isEqualTo("emergent ability");
        assertThat(glossary.findChinese("条件平均治疗效果").orElseThrow().abbr()).isEqualTo("CATE");
        assertThat(glossary.expandedRenderings()).containsKey("少量提示");
    }
}
