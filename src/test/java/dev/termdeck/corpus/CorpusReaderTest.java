package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus reader on the real seed corpus shipped in {@code corpus/}, and on bad input files. */
class CorpusReaderTest {
    /**
     * Duplicates are found by a key of letters and digits, lower case, after NFKC: ASCII text (which skips the
     * normalizer, being its own NFKC form) and full-width or ligature forms of it share one key.
     */
    @Test
    void theDuplicateKeyIsTheSameForAsciiAndItsCompatibilityForms() {
        String key = CorpusText.dedupeKey("Deep Learning, fine-tuned (2024)!");
        assertThat(key).isEqualTo("deeplearningfinetuned2024");
        assertThat(CorpusText.dedupeKey("Ｄｅｅｐ  Learning — \uFB01ne-tuned（２０２４）")).isEqualTo(key);
        assertThat(CorpusText.dedupeKey("深度学习 \uD835\uDC00 x")).isEqualTo("深度学习ax");
    }

    private static final Path SEEDS = Path.of("corpus");
    private static final String ARTICLE = "004_dc153c053c4b7595#1";

    @TempDir
    Path dir;

    @Test
    void seedCorpusHas27UniqueAbstractsPlusTheArticle() {
        Corpus corpus = new CorpusReader().read(SEEDS);

        List<Document> abstracts = corpus.documents().stream().filter(d -> !d.id().equals(ARTICLE)).toList();
        assertThat(abstracts).hasSize(27);
        assertThat(abstracts.stream().filter(d -> d.lang() == Lang.EN)).hasSize(15);
        assertThat(abstracts.stream().filter(d -> d.lang() == Lang.ZH)).hasSize(12);
        assertThat(corpus.documents()).extracting(Document::id).contains(ARTICLE).doesNotHaveDuplicates();
        assertThat(corpus.duplicates()).isEqualTo(3);
        assertThat(corpus.problems()).isEmpty();
    }

    @Test
    void everyAbstractOfTheListPagesIsFoundOnceWithItsText() throws IOException {
        Set<String> expected = new LinkedHashSet<>();
        for (String f : List.of("000_3e07494079a9efff.txt", "001_0e47378bd9dc223c.txt", "002_66c4bdcf0f56642e.txt")) {
            Arrays.stream(Files.readString(SEEDS.resolve(f)).split("\n"))
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("translated by"))
                    .forEach(expected::add);
        }
        Corpus corpus = new CorpusReader().read(SEEDS);

        Set<String> texts = corpus.documents().stream().map(Document::text).collect(Collectors.toSet());
        assertThat(expected).hasSize(27);
        assertThat(texts).containsAll(expected);
    }

    @Test
    void languagesMatchTheScript() {
        for (Document d : new CorpusReader().read(SEEDS).documents()) {
            long han = d.text().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            assertThat(d.lang()).as(d.id()).isEqualTo(han > d.chars() / 4 ? Lang.ZH : Lang.EN);
        }
    }

    @Test
    void idsAreFileStemAndPositionInTheFile() {
        Corpus corpus = new CorpusReader().read(SEEDS);

        Document bloom = corpus.documents().get(0);
        assertThat(bloom.id()).isEqualTo("000_3e07494079a9efff#1");
        assertThat(bloom.text()).startsWith("Large language models (LLMs)").contains("we present BLOOM");
        assertThat(bloom.source()).isEqualTo("000_3e07494079a9efff.txt");
        // The BLOOM abstract repeats as 001#1 and 002#4: dropped, and the positions of the others do not move.
        assertThat(corpus.documents()).extracting(Document::id)
                .doesNotContain("001_0e47378bd9dc223c#1", "002_66c4bdcf0f56642e#4")
                .contains("001_0e47378bd9dc223c#2", "002_66c4bdcf0f56642e#5");
    }

    @Test
    void noMarkerOrBoilerplateIsLeft() {
        for (Document d : new CorpusReader().read(SEEDS).documents()) {
            assertThat(d.text()).as(d.id())
                    .doesNotContain("translated by", "谷歌翻译", "相关文章", "http://www.chinasem", "小编",
                            "2024-01-27", ".png", "编程师们", "希望对大家", "论文翻译", "机翻mark");
        }
    }

    @Test
    void articleKeepsItsBodyFromAbstractToConclusionAsOneDocument() {
        Document article = new CorpusReader().read(SEEDS).documents().stream()
                .filter(d -> d.id().equals(ARTICLE)).findFirst().orElseThrow();

        assertThat(article.lang()).isEqualTo(Lang.ZH);
        assertThat(article.title()).isEqualTo("Emergent Abilities of Large Language Models");
        assertThat(article.text()).startsWith("证明通过扩大语言模型")
                .contains("如果能力在较小模型中不存在,但在较大模型中存在,则该能力就是涌现出来的。")
                .endsWith("并为该领域提出了重要的问题。");
        String[] paragraphs = article.text().split("\n\n");
        assertThat(paragraphs).doesNotHaveDuplicates()
                .noneMatch(p -> p.equals("摘要") || p.equals("1. 简介") || p.equals("5.1 萌芽的可能解释"))
                .noneMatch(p -> p.startsWith("LaMDA - (GPT-3"));
    }

    @Test
    void nearDuplicatesWithWhitespaceOrPunctuationDifferencesAreDropped() throws IOException {
        write("a.txt", "Federated learning (FL) is a framework. It keeps data private.\ntranslated by 谷歌翻译\n");
        write("b.txt", "Federated  learning (FL) is a framework -- it keeps data private!\ntranslated by 谷歌翻译\n"
                + "联合学习(FL)是一个框架。\ntranslated by 谷歌翻译\n联合学习（FL）是一个框架.\ntranslated by 谷歌翻译\n");

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.documents()).extracting(Document::id).containsExactly("a#1", "b#2");
        assertThat(corpus.duplicates()).isEqualTo(2);
    }

    @Test
    void gb18030ChineseIsReadCorrectlyAndReported() throws IOException {
        String text = "联邦学习是一种在保护隐私的前提下训练模型的框架。\ntranslated by 谷歌翻译\n";
        Files.write(dir.resolve("gb.txt"), text.getBytes(Charset.forName("GB18030")));

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.documents()).singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("联邦学习是一种在保护隐私的前提下训练模型的框架。"));
        assertThat(corpus.problems()).singleElement().hasToString(dir.resolve("gb.txt") + ": not UTF-8; read as GB18030");
    }

    @Test
    void utf16WithBomAndLatin1AreRead() throws IOException {
        byte[] utf16 = ("\uFEFFTransfer learning reuses a model trained on one task for another task.")
                .getBytes(StandardCharsets.UTF_16LE);
        Files.write(dir.resolve("u16.txt"), utf16);
        Files.write(dir.resolve("latin.txt"),
                "The naïve Bayes classifier is a simple model of the café data.".getBytes(StandardCharsets.ISO_8859_1));

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.documents()).extracting(Document::text).containsExactly(
                "The naïve Bayes classifier is a simple model of the café data.",
                "Transfer learning reuses a model trained on one task for another task.");
        assertThat(corpus.problems()).extracting(CorpusProblem::message)
                .containsExactly("not UTF-8; read as windows-1252");
    }

    @Test
    void binaryEmptyAndHugeFilesAreSkippedAndTheRunGoesOn() throws IOException {
        Files.write(dir.resolve("bin.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        write("empty.md", "");
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        write("ok.txt", "Knowledge distillation trains a small student model to imitate a large teacher model.");

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.documents()).extracting(Document::id).containsExactly("ok#1");
        assertThat(corpus.problems()).extracting(CorpusProblem::toString).containsExactly(
                dir.resolve("bin.txt") + ": skipped: binary file",
                dir.resolve("empty.md") + ": skipped: empty file",
                dir.resolve("huge.txt") + ": skipped: 50.0 MB is over the 16 MB limit for one corpus file");
    }

    @Test
    void jsonlUsesIdsTitlesAndDeclaredLanguagesAndReportsBrokenLines() throws IOException {
        write("class/papers.jsonl", """
                {"id": "p1", "title": "Attention", "text": "The Transformer relies on self-attention."}
                {"id": "p2", "text": "自注意力机制是Transformer的核心。", "lang": "zh"}
                {"id": "p3", "text": "broken
                {"id": "p4", "text": ""}
                """);

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.documents()).extracting(Document::id, Document::lang, Document::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("class/papers#p1", Lang.EN, "Attention"),
                org.assertj.core.groups.Tuple.tuple("class/papers#p2", Lang.ZH, null));
        assertThat(corpus.problems()).extracting(CorpusProblem::line).containsExactly(3, 4);
        assertThat(corpus.problems().get(0).message()).startsWith("skipped: broken JSON");
    }

    @Test
    void markdownLosesItsSyntaxAndKeepsItsTitle() throws IOException {
        write("notes.md", """
                ---
                author: someone
                ---
                # Scalable *Oversight*

                Scalable oversight is the problem of **supervising** systems that may outperform us
                on most skills. See [the paper](https://example.org/x).

                ![figure](fig.png)

                ```
                code()
                ```
                """);

        Document d = new CorpusReader().read(dir).documents().get(0);

        assertThat(d.title()).isEqualTo("Scalable Oversight");
        assertThat(d.text()).isEqualTo("Scalable oversight is the problem of supervising systems that may "
                + "outperform us on most skills. See the paper.");
    }

    @Test
    void hiddenFilesAndOtherExtensionsAreIgnored() throws IOException {
        write(".hidden.txt", "Hidden text about neural networks and the training of models.");
        write("notes.pdf", "not read");
        write("ok.txt", "Gradient descent minimizes a loss function by following the negative gradient.");

        assertThat(new CorpusReader().read(dir).documents()).extracting(Document::id).containsExactly("ok#1");
    }

    @Test
    void otherLanguagesAreReportedNotGuessed() throws IOException {
        write("fr.txt", "Les réseaux de neurones sont des modèles inspirés du cerveau et ils apprennent des données.");

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).singleElement().extracting(CorpusProblem::message)
                .isEqualTo("skipped fr#1: neither English nor Chinese");
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
