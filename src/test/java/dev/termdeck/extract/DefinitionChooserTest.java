package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.deck.DefinitionSources;
import dev.termdeck.deck.Generated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefinitionChooserTest {
    private static final DeckSpec SPEC = new DeckSpec("t", Bilingual.of(Lang.EN, "T"), List.of(),
            new Generated("termdeck test", "2026-01-01T00:00:00Z", List.of()));
    private static final DefinitionDictionary DICTIONARY = (card, lang) -> lang != Lang.EN ? null
            : "dropout".equals(card.term().en())
            ? new DefinitionDictionary.Entry("A regularizer that zeroes random units while training.",
                    DefinitionSource.DICTIONARY)
            : "counterfactual explanation".equals(card.term().en())
            ? new DefinitionDictionary.Entry("An explanation of a model's decision by the smallest change to its input "
                    + "that would change it.", DefinitionSource.DICTIONARY) : null;

    @Test
    void theAbstractsOwnDefinitionComesFirstAndSaysSo() {
        Deck deck = build(Map.of("a", List.of(candidate("a", "dropout", 0.7,
                "Dropout is a technique that randomly drops units."))));

        Card c = deck.cards().get(0);
        assertThat(c.definition().en()).isEqualTo("Dropout is a technique that randomly drops units.");
        assertThat(c.definitionSource()).isEqualTo(new DefinitionSources(DefinitionSource.ABSTRACT, null));
    }

    @Test
    void aDefinitionFoundInAnyDocumentServesTheCardOfEveryDocument() {
        // Defined in b, where it is a minor candidate (below the minimum score); selected in a without a definition.
        Deck deck = build(Map.of(
                "a", List.of(candidate("a", "label smoothing", 0.7, null)),
                "b", List.of(candidate("b", "label smoothing", 0.05,
                        "Label smoothing is a regularizer that softens the one-hot targets."))));

        Card c = deck.cards().get(0);
        assertThat(c.sources()).extracting(s -> s.doc()).containsExactly("a");
        assertThat(c.definition().en()).isEqualTo("Label smoothing is a regularizer that softens the one-hot targets.");
        assertThat(c.definitionSource().en()).isEqualTo(DefinitionSource.CORPUS);
    }

    @Test
    void aDefinitionServesTheTermUnderAnyFormItWasWrittenIn() {
        // Defined in b where the text wrote "label-smoothing regularizer" beside the shown form.
        TermCandidate b = new TermCandidate(Lang.EN, "labelsmoothingregularization", "label smoothing regularization",
                List.of("label-smoothing regularizer"), null, null,
                "Label smoothing regularization is a regularizer that softens the one-hot targets.",
                "A sentence.", "b", 0, 1, 0.05);
        Deck deck = build(Map.of("a", List.of(candidate("a", "label-smoothing regularizer", 0.7, null)),
                "b", List.of(b)));

        Card c = deck.card("label-smoothing-regularizer").orElseThrow();
        assertThat(c.definition().en()).startsWith("Label smoothing regularization is a regularizer");
        assertThat(c.definitionSource().en()).isEqualTo(DefinitionSource.CORPUS);
    }

    @Test
    void theOtherVersionsDefinitionServesItsRenderingAcrossTheCorpus() {
        // In b the English candidate is defined, and the Chinese version's aligned sentence defines its rendering.
        TermCandidate b = candidate("b", "label smoothing", 0.05, "Label smoothing is a regularizer.")
                .withCounterpart(Counterpart.found("标签平滑", Counterpart.Evidence.GLOSSARY, "标签平滑是一种正则化方法。"));
        var corpus = DefinitionChooser.CorpusDefinitions.of(List.of(List.of(b)));

        assertThat(corpus.find(Lang.ZH, "标签平滑")).isEqualTo("标签平滑是一种正则化方法。");
        assertThat(corpus.find(Lang.EN, "label smoothing")).isEqualTo("Label smoothing is a regularizer.");
    }

    @Test
    void aBareShortFormDefinedInAnotherPaperNamesAnotherThing() {
        Deck deck = build(Map.of(
                "a", List.of(candidate("a", "SAE", 0.7, null)),
                "b", List.of(candidate("b", "SAE", 0.05, "SAE is a sparse autoencoder trained on activations."))));

        assertThat(deck.cards().get(0).definition().en()).isNull();
    }

    @Test
    void theDictionaryComesLastAndACardWithoutAnyKeepsOnlyItsSourceSentence() {
        Deck deck = build(Map.of("a", List.of(candidate("a", "dropout", 0.7, null),
                candidate("a", "ablation study", 0.7, null))));

        Card dropout = deck.card("dropout").orElseThrow();
        assertThat(dropout.definition().en()).isEqualTo("A regularizer that zeroes random units while training.");
        assertThat(dropout.definitionSource().en()).isEqualTo(DefinitionSource.DICTIONARY);
        Card ablation = deck.card("ablation-study").orElseThrow();
        assertThat(ablation.definition().isEmpty()).isTrue();
        assertThat(ablation.definitionSource()).isEqualTo(DefinitionSources.NONE);
        assertThat(ablation.sources().get(0).sentence()).isEqualTo("A sentence with ablation study.");
    }

    @Test
    void aWeakDefinitionOfTheTextGivesWayToTheDictionarysEntry() {
        // Seed corpus: a kind and a purpose only; the dictionary's entry says what the explanation is.
        Deck deck = build(Map.of("a", List.of(candidate("a", "counterfactual explanation", 0.7, "Counterfactual "
                + "explanation is a common class of methods to make local explanations of machine learning decisions."),
                candidate("a", "dropout", 0.7, "Dropout is a technique that randomly drops units."))));

        Card c = deck.card("counterfactual-explanation").orElseThrow();
        assertThat(c.definition().en()).startsWith("An explanation of a model's decision");
        assertThat(c.definitionSource().en()).isEqualTo(DefinitionSource.DICTIONARY);
        // A definition with no sign of weakness stays, although the dictionary has an entry.
        assertThat(deck.card("dropout").orElseThrow().definitionSource().en()).isEqualTo(DefinitionSource.ABSTRACT);
    }

    @Test
    void aWeakDefinitionStaysWhenTheDictionaryHasNoEntry() {
        // Seed corpus (Muse): the effect only, but nothing better to show.
        String muse = "Muse is a text-to-image Transformer model that achieves state-of-the-art image generation "
                + "performance while being significantly more efficient than diffusion or autoregressive models.";
        Deck deck = build(Map.of("a", List.of(candidate("a", "Muse", 0.7, muse))));

        assertThat(deck.cards().get(0).definition().en()).isEqualTo(muse);
        assertThat(deck.cards().get(0).definitionSource().en()).isEqualTo(DefinitionSource.ABSTRACT);
    }

    @Test
    void aSourceSentenceABackPointingDefinitionOrAnEverydayWordsUseIsNoDefinitionWithoutAnEntry() {
        // Seed corpus: the "i.e." cue's sentence does not open with the term. Tune pages: MambaStyle's sentence before
        // its back-pointing purpose is cut ("these challenges" are unnamed); WaveSim's "Structure" is the paper's
        // component, not what the word means. The dictionary has none of them: each card keeps only its context.
        Deck deck = build(Map.of("a", List.of(candidate("a", "RL from AI Feedback", 0.7, "We then train with RL using "
                + "the preference model as the reward signal, i.e. we use 'RL from AI Feedback' (RLAIF)."),
                candidate("a", "MambaStyle", 0.7, "MambaStyle is an efficient single-stage encoder-based approach for GAN "
                        + "inversion and editing that leverages vision state-space models (VSSMs) to address these "
                        + "challenges."),
                candidate("a", "Structure", 0.7, "Structure assesses pattern organization independent of location and "
                        + "amplitude."))));

        assertThat(deck.cards()).hasSize(3).allMatch(c -> c.definition().isEmpty()
                && c.definitionSource().equals(DefinitionSources.NONE));
        assertThat(deck.card("rl-from-ai-feedback").orElseThrow().sources().get(0).sentence())
                .isEqualTo("A sentence with RL from AI Feedback.");
    }

    private static Deck build(Map<String, List<TermCandidate>> byDoc) {
        List<Document> docs = new ArrayList<>();
        byDoc.keySet().stream().sorted().forEach(id -> docs.add(new Document(id, id + ".txt", Lang.EN, null, id)));
        TermExtractor en = new TermExtractor() {
            @Override
            public Lang lang() {
                return Lang.EN;
            }

            @Override
            public List<TermCandidate> extract(Document doc) {
                return byDoc.getOrDefault(doc.id(), List.of());
            }
        };
        return new DeckAssembler(List.of(en), new OneCardPerGroup(), Selection.DEFAULT,
                GenericPhrases.of(Set.of(), Set.of()), 1, DICTIONARY).assemble(docs, SPEC, ProgressListener.NONE);
    }

    private static TermCandidate candidate(String doc, String text, double termhood, String definition) {
        return new TermCandidate(Lang.EN, GenericPhrases.normalize(text), text, List.of(), null, null, definition,
                "A sentence with " + text + ".", doc, 0, 1, termhood);
    }
}
