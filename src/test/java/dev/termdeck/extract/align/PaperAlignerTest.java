package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.Counterpart.Evidence;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.zh.HanLpChinese;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alignment of real digest-page abstracts with their Chinese versions (four papers as JSONL, one as a page, and one
 * English abstract without a translation): each rule of evidence on a term it decides.
 */
class PaperAlignerTest {
    private static final HanLpChinese ZH = BilingualFixture.ZH;
    private static final Glossary GLOSSARY = BilingualFixture.GLOSSARY;

    @TempDir
    static Path dir;

    private static List<Document> docs;
    private static List<List<TermCandidate>> aligned;

    @BeforeAll
    static void alignTheCorpus() throws IOException {
        copy("digest-abstracts.jsonl");
        copy("dqn-digest-page.md");
        Files.writeString(dir.resolve("plain.txt"), "Batch normalization normalizes the inputs of each layer over a "
                + "mini-batch, which accelerates the training of deep neural networks and reduces internal covariate "
                + "shift.");
        Corpus corpus = new CorpusReader().read(dir);
        docs = corpus.documents();
        aligned = BilingualFixture.align(docs);
    }

    @Test
    void theSameShortFormInBracketsOnBothSidesGivesTheChineseTerm() {
        assertThat(counterpart("dqn-digest-page#1", "Deep Q-Network"))
                .isEqualTo(Counterpart.found("深度Q网络", Evidence.ABBREVIATION, null));
        assertThat(counterpart("dqn-digest-page#1@zh", "深度Q网络").text()).isEqualTo("Deep Q-Network");
    }

    @Test
    void aNameBothVersionsWriteInLatinLettersIsItsOwnCounterpart() {
        Counterpart c = counterpart("digest-abstracts#trackdiffusion", "TrackDiffusion");
        assertThat(c.text()).isEqualTo("TrackDiffusion");
        assertThat(c.how()).isEqualTo(Evidence.NAME);
    }

    @Test
    void aGlossaryRenderingWrittenInTheTranslationIsFound() {
        Counterpart c = counterpart("digest-abstracts#trackdiffusion", "video generation");
        assertThat(c.text()).isEqualTo("视频生成");
        assertThat(c.how()).isEqualTo(Evidence.GLOSSARY);
    }

    @Test
    void wordAlignmentFindsCompoundsNoGlossaryLists() {
        assertThat(counterpart("digest-abstracts#trackdiffusion", "video diffusion model").text())
                .isEqualTo("视频扩散模型");
        assertThat(counterpart("digest-abstracts#trackdiffusion", "instance enhancer").text()).isEqualTo("实例增强器");
        assertThat(counterpart("dqn-digest-page#1", "time discretization").text()).isEqualTo("时间离散化");
        // "instance enhancer" is in no dictionary (stochastic control and time discretization, once the examples here,
        // now are).
        assertThat(counterpart("digest-abstracts#trackdiffusion", "instance enhancer").how())
                .isEqualTo(Evidence.ALIGNMENT);
    }

    @Test
    void theMachineTranslationsOwnRenderingIsKeptAsTheTranslationWritesIt() {
        // The translation writes 链式思维 for chain-of-thought (the standard term is 思维链): the counterpart is the
        // translation's, and the card's maker decides which leads.
        assertThat(counterpart("digest-abstracts#knowledge-augmented", "Chain-of-Thought").text()).isEqualTo("链式思维");
    }

    @Test
    void aTermTheTranslationLeavesOutHasNoCounterpart() {
        // "scene simulation" and "perception systems" are in a sentence the Chinese version condensed away.
        assertThat(counterpart("digest-abstracts#trackdiffusion", "scene simulation").status())
                .isEqualTo(Counterpart.Status.NOT_FOUND);
    }

    @Test
    void aDefinitionGetsTheAlignedSentenceOfTheOtherVersionRewrittenToDefineTheSameTerm() {
        TermCandidate trackDiffusion = candidate("digest-abstracts#trackdiffusion", "TrackDiffusion");
        assertThat(trackDiffusion.definition()).isNotNull();
        // 本文提出了TrackDiffusion，一个新的视频生成框架，…… is said of TrackDiffusion.
        assertThat(trackDiffusion.counterpart().definition())
                .startsWith("TrackDiffusion是一个新的视频生成框架").endsWith("。");
    }

    @Test
    void candidatesOfAPaperWithoutATranslationKeepNoTranslation() {
        int plain = indexOf("plain#1");
        assertThat(aligned.get(plain)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.counterpart()).isEqualTo(Counterpart.NO_TRANSLATION));
    }

    @Test
    void everyCandidateOfATranslatedPaperIsFoundOrNotFound() {
        for (int i = 0; i < docs.size(); i++) {
            if (!docs.get(i).id().startsWith("plain")) {
                assertThat(aligned.get(i)).allSatisfy(c -> assertThat(c.counterpart().status())
                        .isNotEqualTo(Counterpart.Status.NO_TRANSLATION));
            }
        }
    }

    @Test
    void noChineseCounterpartIsACopyOfEnglishWords() {
        for (int i = 0; i < docs.size(); i++) {
            for (TermCandidate c : aligned.get(i)) {
                if (c.lang() == Lang.EN && c.counterpart().isFound()) {
                    String zh = c.counterpart().text();
                    boolean latin = zh.codePoints().noneMatch(HanLpChinese::isHan);
                    assertThat(!latin || !zh.contains(" ")).as(c.text() + " -> " + zh).isTrue();
                }
            }
        }
    }

    @Test
    void theSameInputAlignsTheSameWay() {
        List<List<TermCandidate>> again = new PaperAligner(GLOSSARY, ZH).align(docs, aligned.stream()
                .map(l -> l.stream().map(c -> c.withCounterpart(Counterpart.NO_TRANSLATION)).toList()).toList());
        assertThat(again).isEqualTo(aligned);
    }

    private static Counterpart counterpart(String doc, String term) {
        return candidate(doc, term).counterpart();
    }

    private static TermCandidate candidate(String doc, String term) {
        return BilingualFixture.candidate(docs, aligned, doc, term);
    }

    private static int indexOf(String doc) {
        return BilingualFixture.indexOf(docs, doc);
    }

    private static void copy(String resource) throws IOException {
        BilingualFixture.copy(resource, dir.resolve(resource));
    }
}
