package dev.termdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    private static final List<Document> DOCS = List.of(
            new Document("a#1", "a.txt", Lang.EN, "Dropout", "Dropout randomly zeroes activations during training."),
            new Document("b#1", "b.txt", Lang.ZH, null, "随机失活在训练中随机将激活置零。"));

    @TempDir
    Path dir;

    @Test
    void everyCopySurvivesTheReadersDuplicateFilterWithItsOwnId() throws Exception {
        SyntheticCorpus.write(DOCS, 3, dir.resolve("corpus.jsonl"));

        Corpus read = new CorpusReader().read(dir);

        assertThat(read.duplicates()).isZero();
        assertThat(read.documents()).extracting(Document::id).containsExactly("corpus#a#1", "corpus#b#1",
                "corpus#a#1~1", "corpus#b#1~1", "corpus#a#1~2", "corpus#b#1~2");
        assertThat(read.documents()).extracting(Document::lang).containsExactly(Lang.EN, Lang.ZH, Lang.EN, Lang.ZH,
                Lang.EN, Lang.ZH);
    }

    @Test
    void theFirstCopyIsTheDocumentUnchangedAndTheOthersAddOneNumberedSentence() throws Exception {
        SyntheticCorpus.write(DOCS, 3, dir.resolve("corpus.jsonl"));

        List<Document> read = new CorpusReader().read(dir).documents();

        assertThat(read.get(0).text()).isEqualTo(DOCS.get(0).text());
        assertThat(read.get(0).title()).isEqualTo("Dropout");
        assertThat(read.get(4).text()).isEqualTo(DOCS.get(0).text() + " This is copy 2.");
        assertThat(read.get(5).text()).isEqualTo(DOCS.get(1).text() + "这是第2份。");
    }

    @Test
    void aLargeDocumentIsOneDocumentOfTheLanguageReadWholeWithDistinctParagraphs() throws Exception {
        long chars = SyntheticCorpus.writeLarge(DOCS, Lang.ZH, 100_000, dir.resolve("large.jsonl"));

        List<Document> read = new CorpusReader().read(dir).documents();

        assertThat(read).singleElement().satisfies(d -> {
            assertThat(d.lang()).isEqualTo(Lang.ZH);
            assertThat(d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isGreaterThanOrEqualTo(100_000);
            assertThat((long) d.text().length()).isEqualTo(chars);
            assertThat(d.text().split("\n\n")).doesNotHaveDuplicates().hasSizeGreaterThan(1000);
        });
    }
}
