package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HanLpTermExtractorTest {
    static final HanLpChinese ZH = HanLpChinese.get();
    static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(ZH, GLOSSARY);

    @Test
    void glossedAbbreviationJoinsTheCompoundTheSegmenterSplit() {
        List<TermCandidate> c = extract("旨在估算每个广告接触点在转换旅程中的贡献的多点触摸归因(MTA)对于预算分配至关重要。");
        TermCandidate mta = find(c, "多点触摸归因").orElseThrow();
        assertThat(mta.abbr()).isEqualTo("MTA");
        assertThat(mta.termhood()).isBetween(0.5, 1.0);
    }

    @Test
    void englishGlossInFullWidthParenthesesIsKeptAsGloss() {
        TermCandidate t = find(extract("我们介绍了超越模仿游戏基准（Big Bench）。"), "超越模仿游戏基准").orElseThrow();
        assertThat(t.gloss()).isEqualTo("Big Bench");
        assertThat(t.abbr()).isNull();
    }

    @Test
    void glossGoesBackAcrossDeOnlyWhileTheChineseIsShorterThanTheAbbreviation() {
        assertThat(find(extract("最后,图 2H 显示了语境中的单词 (WiC) 基准。"), "语境中的单词")).isPresent();
        assertThat(find(extract("用户的这种混杂偏见将导致反事实预测中的分布(OOD)问题。"), "分布").orElseThrow().abbr())
                .isEqualTo("OOD");
    }

    @Test
    void glossaryRenderingDecidesWhereAGlossedTermStarts() {
        TermCandidate gan = find(extract("生成的对抗网络(GAN)已被证明是有效的框架。"), "生成的对抗网络").orElseThrow();
        assertThat(gan.abbr()).isEqualTo("GAN");
    }

    @Test
    void citationsYearsAndPersonNamesAreNotGlosses() {
        List<TermCandidate> c = extract("这是诺贝尔奖得主菲利普·安德森 (Philip Anderson) 的论文(Brown等,2020)。模型(2022)很好。");
        assertThat(c).noneMatch(t -> "Philip Anderson".equals(t.gloss()));
        assertThat(c).noneMatch(t -> t.text().contains("安德森"));
    }

    @Test
    void definitionCuesAttachTheirSentence() {
        List<TermCandidate> c = extract("我们将人格偏见定义为响应的有害差异。这种定性的改变也被称为相变——通过观察较小尺度的系统无法预见。"
                + "最近提出的一种称为思维链提示的策略使语言模型能够解决此类问题。");
        assertThat(find(c, "人格偏见").orElseThrow().definition()).startsWith("我们将人格偏见定义为");
        assertThat(find(c, "相变").orElseThrow().definition()).contains("被称为相变");
        assertThat(find(c, "思维链提示").orElseThrow().definition()).contains("称为思维链提示的策略");
    }

    @Test
    void aPurposeClauseBeforeTheTermDefinesIt() {
        List<TermCandidate> c = extract("旨在从少量标注样本中学习新类别的小样本学习(FSL)近年来受到广泛关注。小样本学习依赖元学习。");
        assertThat(find(c, "小样本学习").orElseThrow().definition()).startsWith("旨在从少量标注样本中学习新类别");
    }

    @Test
    void conditionalDefinitionGoesToTheTermWhoseCharactersTheConsequentHolds() {
        List<TermCandidate> c = extract("我们讨论涌现能力。涌现能力很重要。如果能力在较小模型中不存在,但在较大模型中存在,则该能力就是涌现出来的。");
        assertThat(find(c, "涌现能力").orElseThrow().definition()).contains("较小模型中不存在");
    }

    @Test
    void aDefinitionAnnouncedByTheSentenceBeforeAndWrittenWithTheMainFormWins() {
        List<TermCandidate> c = extract("我们认为如果一个能力不存在于较小的模型中,但在较大的模型中存在,则该能力就是新兴的。"
                + "我们定义大型语言模型的涌现能力为在小规模模型中不存在的能力。涌现能力很重要。\n\n"
                + "在本文中,我们将考虑涌现能力的一个集中定义:\n\n"
                + "如果能力在较小模型中不存在,但在较大模型中存在,则该能力就是涌现出来的。\n\n涌现能力不可预测。");
        assertThat(find(c, "涌现能力").orElseThrow().definition()).startsWith("如果能力在较小模型中不存在");
    }

    @Test
    void aShortNounPhraseOpeningAParagraphIsATermWithTheParagraphAsContext() {
        List<TermCandidate> c = extract("语言模型有很多用途。\n\n模型校准。最后,语言模型部署的重要方向之一是校准。"
                + "\n\n理解涌现。涌现很难理解。");
        TermCandidate t = find(c, "模型校准").orElseThrow();
        assertThat(t.context()).startsWith("最后,语言模型部署");
        assertThat(find(c, "理解涌现")).as("a lead that opens with a verb is an action").isEmpty();
    }

    @Test
    void anAbbreviationWhoseLettersCannotSpellTheChineseTermIsNoGlossOfIt() {
        List<TermCandidate> c = extract("为了缓解模式崩溃的问题,这项工作提出了一种与潜在编码器(Le-GaN)耦合的新型GaN模型。"
                + "Le-GaN的效果很好。");
        assertThat(c).noneMatch(t -> "Le-GaN".equals(t.abbr()));
        assertThat(find(c, "Le-GaN")).as("it is a name the document introduces").isPresent();
    }

    @Test
    void isASentenceDefinesItsSubjectButAQualityDoesNot() {
        List<TermCandidate> c = extract("联合学习(FL)是以保护隐私方式在异质客户设备上进行机器学习的框架。任务主题是多样的,从语言学到数学。");
        assertThat(find(c, "联合学习").orElseThrow().definition()).contains("保护隐私");
        assertThat(c).noneMatch(t -> t.definition() != null && t.definition().startsWith("任务主题"));
    }

    @Test
    void surfaceFormsOfOneGlossaryTermAreOneCandidate() {
        List<TermCandidate> c = extract("涌现能力不可预测。新兴能力是大型模型的特点。研究涌现能力很重要。");
        TermCandidate t = find(c, "涌现能力").orElseThrow();
        assertThat(t.variants()).contains("新兴能力");
        assertThat(find(c, "新兴能力")).isEmpty();
    }

    @Test
    void recurringSplitCompoundIsFoundAndItsFragmentsAreNot() {
        List<TermCandidate> c = extract("现代视频文本检索框架由三个部分组成。我们将技术介绍到视频文本检索中。视频文本检索领域发展很快。");
        assertThat(find(c, "视频文本检索")).isPresent();
        assertThat(find(c, "文本检索")).isEmpty();
        assertThat(find(c, "视频文本")).isEmpty();
    }

    @Test
    void basicVocabularyAloneIsNoCandidate() {
        List<TermCandidate> c = extract("模型的参数很多。我们训练模型,模型在数据集上的性能很好。");
        assertThat(c).noneMatch(t -> t.text().equals("模型") || t.text().equals("参数") || t.text().equals("数据集"));
    }

    @Test
    void introducedAndRecurringLatinNamesAreCandidatesButCitedAuthorsAreNot() {
        List<TermCandidate> c = extract("我们提出Causalmta来消除偏好的影响。Causalmta优于基线(Kaplan等人,2020)。"
                + "Kaplan等人认为如此。Hoffmann等人,2022也是。");
        assertThat(find(c, "Causalmta")).isPresent();
        assertThat(c).noneMatch(t -> t.text().equals("Kaplan") || t.text().equals("Hoffmann"));
    }

    @Test
    void traditionalCharactersAreReadAsSimplified() {
        TermCandidate t = find(extract("聯合學習(FL)是一種機器學習框架。"), "联合学习").orElseThrow();
        assertThat(t.abbr()).isEqualTo("FL");
    }

    @Test
    void termhoodIsInTheUnitInterval() {
        for (TermCandidate t : extract("生成的对抗网络(GAN)已被证明是图像超分辨率的有效框架。GAN的模式崩溃问题。模式崩溃很常见。")) {
            assertThat(t.termhood()).as(t.text()).isBetween(0.0, 1.0);
            assertThat(t.lang()).isEqualTo(Lang.ZH);
        }
    }

    @Test
    void englishDocumentIsRefused() {
        Document en = new Document("x#1", "x.txt", Lang.EN, null, "An English text.");
        assertThatThrownBy(() -> extractor.extract(en)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x#1");
    }

    private List<TermCandidate> extract(String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.ZH, null, text));
    }

    /** Among the candidates of a Chinese document of {@code text} is {@code term}, and none is {@code wrong}. */
    static void assertCandidates(String text, String term, java.util.function.Predicate<String> wrong) {
        List<TermCandidate> c = new HanLpTermExtractor(ZH, GLOSSARY).extract(
                new Document("t#1", "t.txt", Lang.ZH, null, text));

        org.assertj.core.api.Assertions.assertThat(c).anyMatch(t -> t.text().equals(term));
        org.assertj.core.api.Assertions.assertThat(c).noneMatch(t -> wrong.test(t.text()));
    }

    static Optional<TermCandidate> find(List<TermCandidate> c, String text) {
        return c.stream().filter(t -> t.text().equals(text)).findFirst();
    }
}
