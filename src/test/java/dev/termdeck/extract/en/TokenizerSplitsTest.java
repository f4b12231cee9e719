package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyzer's memo of the tokenizer's splits (a word split once is split the same way everywhere) gives exactly
 * what OpenNLP's tokenizer gives for the whole sentence: on real sentences of the arXiv tune pages (abbreviations
 * with points, brackets, possessives, hyphens) and on every sentence of the shipped corpus's English abstracts, the
 * first time (the memo learning) and the second (answered from it).
 */
class TokenizerSplitsTest {
    private static EnglishModels models;

    @BeforeAll
    static void loadModels() {
        models = EnglishModels.fromClasspath();
    }

    @Test
    void splitsFromTheMemoAreTheTokenizersOwn() {
        List<String> sentences = List.of(
                "However, LBS introduces artifacts such as volume loss and unnatural deformations, and it fails to "
                        + "model elastic materials like soft tissues, fur, and flexible appendages (e.g., elephant "
                        + "trunks, ears, and fatty tissues).",
                "Recent works (e.g. 3D Gaussian Splatting) use a rasterization pipeline to enable rendering high "
                        + "quality photo-realistic imagery at high speeds from these learned 3D models.",
                "We present a novel approach to symbolic regression using vision-capable large language models "
                        + "(LLMs) and the ideas behind Google DeepMind's Funsearch.",
                "Specifically, we adopt a Bird's Eye View (BEV) projection-based model as the student and a "
                        + "non-projection model as the teacher.");
        EnglishAnalyzer analyzer = new EnglishAnalyzer(models);
        TokenizerME tokenizer = new TokenizerME(models.tokens());

        for (int pass = 0; pass < 2; pass++) {
            for (String s : sentences) {
                assertThat(analyzer.tokenize(s)).as("pass %d: %s", pass, s).containsExactly(tokenizer.tokenizePos(s));
            }
        }
        assertThat(Span.spansToStrings(analyzer.tokenize(sentences.get(0)), sentences.get(0)))
                .contains("(", "e.g.", ",", "tissues", ")", ".");
    }

    @Test
    void everySentenceOfTheShippedEnglishAbstractsTokenizesAsOpenNlpDoes() {
        List<Document> docs = new CorpusReader().read(Path.of("corpus")).documents().stream()
                .filter(d -> d.lang() == Lang.EN).toList();
        SentenceDetectorME detector = new SentenceDetectorME(models.sentences());
        TokenizerME tokenizer = new TokenizerME(models.tokens());
        List<String> sentences = new ArrayList<>();
        for (Document d : docs) {
            for (Span s : detector.sentPosDetect(d.text())) {
                sentences.add(s.getCoveredText(d.text()).toString());
            }
        }
        EnglishAnalyzer analyzer = new EnglishAnalyzer(models);

        assertThat(sentences).hasSizeGreaterThan(100);
        for (int pass = 0; pass < 3; pass++) {
            for (String s : sentences) {
                assertThat(analyzer.tokenize(s)).as(s).containsExactly(tokenizer.tokenizePos(s));
            }
            if (pass == 1) {
                analyzer.forgetSplits();
            }
        }
    }
}
