package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Generated;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deck-level rule of {@link PlainCards} on a real abstract of the arXiv tune pages (CapeNext): a phrase of
 * everyday words said once in one paper, undefined and unabbreviated, is no card; the same phrase said by a second
 * paper, or named in the title, is one; a phrase with a short form, a name or a head of the field never counts as
 * plain; a short form and a noun ("SAE checkpoint") is no card unless the title names it.
 */
class PlainCardsTest {
    private static final String CAPE = "Recent research in Category-Agnostic Pose Estimation (CAPE) has adopted "
            + "fixed textual keypoint description as semantic prior for two-stage pose matching frameworks. To "
            + "overcome these challenges, we propose a new framework that innovatively integrates hierarchical "
            + "cross-modal interaction with dual-stream feature refinement, enhancing the joint embedding with both "
            + "class-level and instance-specific cues from textual description and specific images. Experiments on "
            + "the MP-100 dataset demonstrate that, regardless of the network backbone, CapeNext consistently "
            + "outperforms state-of-the-art CAPE methods by a large margin.";
    private static final String PHRASE = "hierarchical cross-modal interaction";
    private static final DeckSpec SPEC = new DeckSpec("t", Bilingual.of(Lang.EN, "T"), List.of(),
            new Generated("termdeck test", "2026-01-01T00:00:00Z", List.of()));
    private static OpenNlpTermExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
    }

    @Test
    void aPlainPhraseOnePaperSaysOnceIsNoCard() {
        List<String> one = terms(List.of(doc("a", "CapeNext: rethinking dynamic support information", CAPE)));

        assertThat(one).contains("Category-Agnostic Pose Estimation").doesNotContain(PHRASE);
    }

    @Test
    void withTheCardRulesOffTheDocumentKeepsEveryTermItsSelectionKept() {
        List<Document> docs = List.of(doc("a", "CapeNext: rethinking dynamic support information", CAPE));
        DeckAssembler assembler = new DeckAssembler(List.of(extractor), new OneCardPerGroup(), Selection.DEFAULT,
                GenericPhrases.bundled(), 1);

        List<String> off = terms(assembler.cardRules(false), docs);
        List<String> on = terms(assembler, docs);

        assertThat(assembler.cardRules()).isTrue();
        assertThat(off).contains(PHRASE).containsAll(on);
        assertThat(on).doesNotContain(PHRASE);
        assertThat(assembler.cardRules(false).cardRules(true).cardRules()).isTrue();
    }

    @Test
    void aSecondPaperOrTheTitleSupportsIt() {
        String other = "We study hierarchical cross-modal interaction for retrieval of videos from text queries.";
        List<String> two = terms(List.of(doc("a", "CapeNext: rethinking dynamic support information", CAPE),
                doc("b", "Video retrieval", other)));
        List<String> titled = terms(List.of(doc("a", "Hierarchical cross-modal interaction for pose estimation",
                CAPE)));

        assertThat(two).contains(PHRASE);
        assertThat(titled).contains(PHRASE);
        List<TermGroup> groups = List.of(new TermGroup(Lang.EN, PHRASE, PHRASE, List.of(), null, null, other, false,
                List.of(new dev.termdeck.deck.Source("a", Lang.EN, other)), 1, 0.5));
        assertThat(PlainCards.unsupported(groups, java.util.Map.of("en:" + PHRASE, 2), extractor, java.util.Map.of()))
                .isEmpty();
        assertThat(PlainCards.unsupported(groups, java.util.Map.of(), extractor, java.util.Map.of("a", "Hierarchical "
                + "cross-modal interaction for pose estimation"))).isEmpty();
        assertThat(PlainCards.unsupported(groups, java.util.Map.of(), extractor, java.util.Map.of())).contains(PHRASE);
    }

    @Test
    void aShortFormAndANounAreNoCardUnlessTheTitleNamesThem() {
        List<String> sae = terms(List.of(doc("a", "Safety neurons in sparse autoencoders", "Sparse Autoencoders "
                + "(SAEs) are widely employed for mechanistic interpretability and model steering. We will release a "
                + "comprehensive toolkit including SAE checkpoints and human-readable neuron explanations, which "
                + "supports empirical analysis of safety risks to promote research on LLM safety.")));
        String mppText = "This paper presents an encoding method based on scaled distances from a shape to a set of "
                + "reference points within a region of interest. The method, MultiPoint Proximity (MPP) encoding, "
                + "can be applied to any type of shape. We show that MPP encoding possesses the desirable properties "
                + "of shape-centricity and continuity.";
        List<String> mpp = terms(List.of(doc("b", "Multi-Point Proximity Encoding for Vector-Mode Geospatial Machine "
                + "Learning", mppText)));

        List<String> twice = terms(List.of(doc("a", "Safety neurons", "Sparse Autoencoders (SAEs) are widely employed "
                + "for mechanistic interpretability. We will release SAE checkpoints for research on LLM safety."),
                doc("c", "Steering", "We train SAE checkpoints on two language models.")));

        assertThat(sae).contains("Sparse Autoencoder").doesNotContain("SAE checkpoint");
        assertThat(twice).contains("SAE checkpoint");
        assertThat(mpp).contains("MPP encoding");
    }

    @Test
    void plainMeansEverydayWordsWithNoNameNoDigitAndNoHeadOfTheField() {
        assertThat(extractor.isPlain(PHRASE)).isTrue();
        assertThat(extractor.isPlain("textual motion instruction")).isTrue();
        assertThat(extractor.isPlain("Category-Agnostic Pose Estimation")).isFalse();
        assertThat(extractor.isPlain("3D object detection")).isFalse();
        assertThat(extractor.isPlain("keypoint description")).isFalse();
        assertThat(extractor.isPlain("video classification accuracy")).isFalse();
    }

    private static List<String> terms(List<Document> docs) {
        return terms(new DeckAssembler(List.of(extractor), new OneCardPerGroup(), Selection.DEFAULT,
                GenericPhrases.bundled(), 1), docs);
    }

    private static List<String> terms(DeckAssembler assembler, List<Document> docs) {
        return assembler.assemble(docs, SPEC, ProgressListener.NONE).cards().stream().map(Card::term)
                .map(Bilingual::en).toList();
    }

    private static Document doc(String id, String title, String text) {
        return new Document(id, id + ".txt", Lang.EN, title, text, id);
    }
}
