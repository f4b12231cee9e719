package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.HanLpTermExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese written beside a short form when the words of its long form are too rare to align, on two real
 * digest-page abstracts with their translations (arXiv 2506.21900, TOAST; arXiv 2505.06653, block-wise quantization).
 */
class ShortFormRenderingTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();

    @TempDir
    static Path dir;

    private static List<Document> docs;
    private static List<List<TermCandidate>> aligned;

    @BeforeAll
    static void align() throws IOException {
        try (InputStream in = ShortFormRenderingTest.class.getResourceAsStream(
                "/dev/termdeck/corpus/bilingual/short-forms.jsonl")) {
            Files.copy(in, dir.resolve("short-forms.jsonl"));
        }
        docs = new CorpusReader().read(dir).documents();
        OpenNlpTermExtractor en = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled(),
                GLOSSARY);
        HanLpTermExtractor zh = new HanLpTermExtractor(ZH, GLOSSARY);
        List<List<TermCandidate>> extracted = new ArrayList<>();
        for (Document d : docs) {
            extracted.add(d.lang() == Lang.EN ? en.extract(d) : zh.extract(d));
        }
        aligned = new PaperAligner(GLOSSARY, ZH).align(docs, extracted);
    }

    @Test
    void theLongFormInBracketsAfterTheShortFormIsItsRendering() {
        // "This work introduces TOAST (Task-Oriented Adaptive Semantic Transmission), ..." /
        // "本文提出了TOAST（任务导向自适应语义传输）框架，..."
        Counterpart c = counterpart("short-forms#toast", "Task-Oriented Adaptive Semantic Transmission");
        assertThat(c.text()).isEqualTo("任务导向自适应语义传输");
        assertThat(c.how()).isEqualTo(Counterpart.Evidence.ABBREVIATION);
    }

    @Test
    void wordsBesideTheShortFormThatRenderOtherWordsOfTheSentenceAreNoRendering() {
        // "we introduce a mixed-precision quantization strategy dubbed outlier-preserving quantization (OPQ)" /
        // "引入了一种混合精度量化策略（OPQ）": the translation left the name out.
        TermCandidate opq = aligned.get(indexOf("short-forms#bof4")).stream()
                .filter(t -> "OPQ".equals(t.abbr()) && t.text().startsWith("outlier")).findFirst().orElseThrow();
        assertThat(opq.counterpart().text()).isNotEqualTo("混合精度量化策略");
    }

    private static Counterpart counterpart(String doc, String term) {
        return aligned.get(indexOf(doc)).stream().filter(c -> c.text().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " is no candidate of " + doc + ": "
                        + aligned.get(indexOf(doc)).stream().map(TermCandidate::text).toList()))
                .counterpart();
    }

    private static int indexOf(String doc) {
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).id().equals(doc)) {
                return i;
            }
        }
        throw new AssertionError("no document " + doc + " among " + docs.stream().map(Document::id).toList());
    }
}
