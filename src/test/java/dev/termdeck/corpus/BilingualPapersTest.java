package dev.termdeck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Papers read with their translation: a real arXiv digest page (an English abstract, its Chinese version, and
 * machine-written sections about the paper) and JSONL lines with {@code translations}; and the bad translations a
 * scraper leaves (empty, cut off, in the wrong language), each read as a one-language paper with one warning.
 */
class BilingualPapersTest {
    private static final String PAGE = "dqn-digest-page.md";
    private static final String ZH_START = "本文通过随机控制和前后向随机微分方程（FBSDEs）建立了一个分析深度Q网络（DQN）的连续时间框架。";

    @TempDir
    Path dir;

    private String page;
    private String zhSection;

    @BeforeEach
    void readPage() throws IOException {
        page = resource(PAGE);
        int start = page.indexOf(ZH_START);
        zhSection = page.substring(start, page.indexOf('\n', start));
    }

    @Test
    void aDigestPageIsOnePaperWithItsAbstractInBothLanguages() throws IOException {
        write("page.md", page);

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.problems()).isEmpty();
        Paper paper = corpus.papers().get(0);
        assertThat(corpus.papers()).hasSize(1);
        assertThat(paper.languages()).containsExactly(Lang.EN, Lang.ZH);
        assertThat(paper.id()).isEqualTo("page#1");
        Document en = paper.original();
        Document zh = paper.translation().orElseThrow();
        assertThat(en.title()).isEqualTo("Universal Approximation Theorem of Deep Q-Networks");
        assertThat(en.text()).startsWith("We establish a continuous-time framework for analyzing Deep Q-Networks")
                .endsWith("relevant for applications with physical systems or high-frequency data.");
        assertThat(zh.id()).isEqualTo("page#1@zh");
        assertThat(zh.paper()).isEqualTo("page#1");
        assertThat(zh.isTranslation()).isTrue();
        assertThat(zh.text()).isEqualTo(zhSection);
        assertThat(corpus.documents()).containsExactly(en, zh);
        // The one-line summary, keywords, key points, method notes and application ideas are not the abstract.
        for (Document d : corpus.documents()) {
            assertThat(d.text()).doesNotContain("建立连续时间框架分析深度Q网络的逼近能力", "深度Q网络` `随机控制",
                    "问题定义", "核心思路", "实验亮点", "收藏", "Qian Qi", "cs.LG");
        }
        // They go with the translation as notes: evidence of how the page writes the paper's terms.
        assertThat(zh.notes()).contains("建立连续时间框架分析深度Q网络的逼近能力", "深度Q网络")
                .doesNotContain(ZH_START, "We establish a continuous-time framework");
        assertThat(en.notes()).isNull();
    }

    @Test
    void sectionsPairInEitherOrderAndAPageMayHoldSeveralPapers() throws IOException {
        write("list.txt", """
                Abstracts of the week

                摘要（原文）
                Federated learning (FL) trains a shared model on data that stays on the clients' devices.

                摘要（中文）
                联邦学习（FL）在数据保留在客户端设备上的情况下训练共享模型。

                关键词
                联邦学习 隐私

                中文摘要
                知识蒸馏训练一个小型学生模型来模仿大型教师模型。

                英文摘要
                Knowledge distillation trains a small student model to imitate a large teacher model.
                """);

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.papers()).extracting(Paper::id).containsExactly("list#1", "list#2");
        assertThat(corpus.papers()).allSatisfy(p -> assertThat(p.isBilingual()).isTrue());
        assertThat(corpus.papers().get(0).original().lang()).isEqualTo(Lang.EN);
        assertThat(corpus.papers().get(1).original().text()).startsWith("知识蒸馏");
        assertThat(corpus.papers().get(1).version(Lang.EN).orElseThrow().text()).startsWith("Knowledge distillation");
        assertThat(corpus.documents()).extracting(Document::text).noneMatch(t -> t.contains("隐私"));
    }

    @Test
    void anEmptyTranslationGivesAnEnglishOnlyPaperAndOneWarning() throws IOException {
        write("page.md", page.replace(zhSection, ""));

        assertOneLanguagePaperWithWarning("is empty");
    }

    @Test
    void aTranslationCutOffMidSentenceGivesAnEnglishOnlyPaperAndOneWarning() throws IOException {
        write("page.md", page.replace(zhSection, zhSection.substring(0, zhSection.indexOf("我们分析了") + 6)));

        assertOneLanguagePaperWithWarning("is cut off");
    }

    @Test
    void aTranslationFarTooShortForItsOriginalIsCutOff() throws IOException {
        write("page.md", page.replace(zhSection, ZH_START));

        assertOneLanguagePaperWithWarning("is cut off");
    }

    @Test
    void aTranslationSectionInTheWrongLanguageGivesAnEnglishOnlyPaperAndOneWarning() throws IOException {
        String english = "We establish a continuous-time framework for analyzing Deep Q-Networks (DQNs) via stochastic "
                + "control and Forward-Backward Stochastic Differential Equations (FBSDEs).";
        write("page.md", page.replace(zhSection, english));

        assertOneLanguagePaperWithWarning("is in English, not Chinese");
    }

    @Test
    void anEmptyOriginalLeavesTheTranslationAlone() throws IOException {
        String original = page.substring(page.indexOf("> We establish"));
        write("page.md", page.replace(original, ""));

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.papers()).singleElement().satisfies(p -> {
            assertThat(p.languages()).containsExactly(Lang.ZH);
            assertThat(p.original().text()).isEqualTo(zhSection);
        });
        assertThat(corpus.problems()).singleElement().hasToString(dir.resolve("page.md") + ":"
                + lineOf(page, "## 📄 摘要（原文）") + ": the original abstract (📄 摘要（原文）) is empty; "
                + "read the translation alone");
    }

    @Test
    void theSamePageTwiceIsOnePaper() throws IOException {
        write("a.md", page);
        write("b.md", page);

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.papers()).extracting(Paper::id).containsExactly("a#1");
        assertThat(corpus.duplicates()).isEqualTo(1);
    }

    @Test
    void jsonlLinesWithTranslationsArePapersInBothLanguages() throws IOException {
        write("digest.jsonl", resource("digest-abstracts.jsonl"));

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.papers()).extracting(Paper::id).containsExactly(
                "digest#trackdiffusion", "digest#observational-data", "digest#mnn-llm", "digest#knowledge-augmented");
        assertThat(corpus.papers()).allSatisfy(p -> assertThat(p.languages()).containsExactly(Lang.EN, Lang.ZH));
        Document zh = corpus.papers().get(2).translation().orElseThrow();
        assertThat(zh.id()).isEqualTo("digest#mnn-llm@zh");
        assertThat(zh.text()).startsWith("大语言模型（LLMs）");
        assertThat(zh.title()).startsWith("MNN-LLM");
    }

    @Test
    void badJsonlTranslationsAreReportedOnTheirLineAndTheTextIsRead() throws IOException {
        write("bad.jsonl", """
                {"id": "ok", "text": "Dropout randomly drops units from the network during training, which prevents their co-adaptation.", "translations": {"zh": "随机失活在训练中随机丢弃网络中的单元，以防止它们的协同适应。"}}
                {"id": "empty", "text": "Dropout randomly drops units during training to prevent co-adaptation of units.", "translations": {"zh": " "}}
                {"id": "cut", "text": "Dropout randomly drops units during training to prevent the co-adaptation of units.", "translations": {"zh": "随机失活在训练中随机丢弃单元，以防止"}}
                {"id": "same", "text": "Adam is an algorithm for first-order gradient-based optimization.", "translations": {"en": "Adam is an optimizer."}}
                {"id": "wrong", "text": "Batch normalization normalizes the inputs of each layer over a mini-batch of the training data.", "translations": {"zh": "Batch normalization normalizes the inputs of each layer over a mini-batch."}}
                {"id": "fr", "text": "Word2vec learns vector representations of words from large corpora.", "translations": {"fr": "Word2vec apprend des vecteurs."}}
                {"id": "zh-first", "lang": "zh", "text": "残差学习让很深的网络更容易训练。", "translations": {"en": "Residual learning makes very deep networks easier to train than they were before."}}
                """);

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.papers()).extracting(p -> p.id().substring(4), p -> p.languages()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ok", List.of(Lang.EN, Lang.ZH)),
                org.assertj.core.groups.Tuple.tuple("empty", List.of(Lang.EN)),
                org.assertj.core.groups.Tuple.tuple("cut", List.of(Lang.EN)),
                org.assertj.core.groups.Tuple.tuple("same", List.of(Lang.EN)),
                org.assertj.core.groups.Tuple.tuple("wrong", List.of(Lang.EN)),
                org.assertj.core.groups.Tuple.tuple("fr", List.of(Lang.EN)),
                org.assertj.core.groups.Tuple.tuple("zh-first", List.of(Lang.ZH, Lang.EN)));
        String file = dir.resolve("bad.jsonl").toString();
        assertThat(corpus.problems()).extracting(CorpusProblem::toString).containsExactly(
                file + ":2: the translation (translations.zh) is empty; read as an English-only paper",
                file + ":3: the translation (translations.zh) is cut off; read as an English-only paper",
                file + ":4: translations.en is in the language of \"text\"; ignored",
                file + ":5: the translation (translations.zh) is in English, not Chinese; read as an English-only paper",
                file + ":6: translations.fr: unknown language 'fr' (expected en or zh); ignored");
    }

    @Test
    void linesAndPagesWithoutTranslationsReadAsBefore() throws IOException {
        write("plain.jsonl", "{\"id\": \"p1\", \"text\": \"The Transformer relies on self-attention.\"}\n");
        write("article.md", "# Notes\n\n## Abstract\n\nScalable oversight is the problem of supervising strong systems.\n"
                + "\n## Method\n\nWe train a reward model on human preferences.\n");

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.papers()).allSatisfy(p -> assertThat(p.isBilingual()).isFalse());
        assertThat(corpus.documents()).extracting(Document::id).containsExactly("article#1", "plain#p1");
        // No translation is labelled, so the page is an article as before, its method section included.
        assertThat(corpus.documents().get(0).text()).contains("reward model");
    }

    private void assertOneLanguagePaperWithWarning(String why) {
        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.papers()).singleElement().satisfies(p -> {
            assertThat(p.languages()).containsExactly(Lang.EN);
            assertThat(p.original().text()).startsWith("We establish a continuous-time framework");
        });
        assertThat(corpus.problems()).singleElement().hasToString(dir.resolve("page.md") + ":"
                + lineOf(page, "## 📝 摘要（中文）") + ": the translation (section 📝 摘要（中文）) " + why
                + "; read as an English-only paper");
    }

    private static int lineOf(String text, String line) {
        List<String> lines = List.of(text.split("\n", -1));
        return lines.indexOf(line) + 1;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BilingualPapersTest.class.getResourceAsStream("bilingual/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
