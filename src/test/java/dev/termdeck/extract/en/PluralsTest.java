package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralsTest {
    private static final Plurals PLURALS = new Plurals(EnglishLexicon.bundled(), w -> {
        throw new AssertionError("the lemmatizer was asked about '" + w + "'");
    });

    @Test
    void regularAndIrregularPluralsBecomeSingular() {
        assertThat(PLURALS.singular("abilities")).isEqualTo("ability");
        assertThat(PLURALS.singular("networks")).isEqualTo("network");
        assertThat(PLURALS.singular("Networks")).isEqualTo("Network");
        assertThat(PLURALS.singular("criteria")).isEqualTo("criterion");
        assertThat(PLURALS.singular("corpora")).isEqualTo("corpus");
        assertThat(PLURALS.singular("matrices")).isEqualTo("matrix");
        assertThat(PLURALS.singular("losses")).isEqualTo("loss");
    }

    @Test
    void ambiguousEsEndingsAreSettledByTheWordList() {
        assertThat(PLURALS.singular("biases")).isEqualTo("bias");
        assertThat(PLURALS.singular("cases")).isEqualTo("case");
        assertThat(PLURALS.singular("processes")).isEqualTo("process");
        assertThat(PLURALS.singular("batches")).isEqualTo("batch");
        assertThat(PLURALS.singular("sizes")).isEqualTo("size");
    }

    @Test
    void compoundsEndingInAnInvariantNounInflectAsIt() {
        // "polymeric microlenses ... fabricated microlens": one term, not "microlense" and "microlen".
        assertThat(PLURALS.singular("microlenses")).isEqualTo("microlens");
        assertThat(PLURALS.singular("microlens")).isEqualTo("microlens");
        assertThat(PLURALS.singular("hyperbiases")).isEqualTo("hyperbias");
    }

    @Test
    void aListedWordWhoseStemIsNoWordIsNoPlural() {
        // "the final layer, whereas Qwen-series models ...": "whereas" gave a card "wherea".
        assertThat(PLURALS.singular("whereas")).isEqualTo("whereas");
        assertThat(PLURALS.singular("chaos")).isEqualTo("chaos");
        assertThat(PLURALS.singular("diabetes")).isEqualTo("diabetes");
        assertThat(PLURALS.singular("ways")).isEqualTo("way");
        assertThat(PLURALS.singular("glasses")).isEqualTo("glass");
    }

    @Test
    void wordsThatOnlyLookPluralStay() {
        assertThat(PLURALS.singular("data")).isEqualTo("data");
        assertThat(PLURALS.singular("bias")).isEqualTo("bias");
        assertThat(PLURALS.singular("analysis")).isEqualTo("analysis");
        assertThat(PLURALS.singular("corpus")).isEqualTo("corpus");
        assertThat(PLURALS.singular("economics")).isEqualTo("economics");
        assertThat(PLURALS.singular("series")).isEqualTo("series");
    }

    @Test
    void acronymsAndCompoundsKeepTheirCase() {
        assertThat(PLURALS.singular("LLMs")).isEqualTo("LLM");
        assertThat(PLURALS.singular("cGANs")).isEqualTo("cGAN");
        assertThat(PLURALS.singular("train-test-splits")).isEqualTo("train-test-split");
        assertThat(PLURALS.singular("mixture-of-experts")).isEqualTo("mixture-of-experts");
        assertThat(PLURALS.singular("bag-of-words")).isEqualTo("bag-of-words");
    }

    @Test
    void aNameInMixedCaseLosesItsSOnlyWhenTheDocumentWritesTheSingular() {
        Plurals writingHyChart = new Plurals(EnglishLexicon.bundled(), w -> null, java.util.Set.of("HyChart")::contains);

        assertThat(writingHyChart.singular("HyCharts")).isEqualTo("HyChart");
        assertThat(writingHyChart.singular("nuScenes")).isEqualTo("nuScenes");
        assertThat(writingHyChart.singular("Scenes")).isEqualTo("Scene");
        assertThat(writingHyChart.singular("cGANs")).isEqualTo("cGAN");
    }

    @Test
    void unknownEsWordsAskTheLemmatizer() {
        Plurals withLemmatizer = new Plurals(EnglishLexicon.bundled(), w -> w.equals("autoencoderes") ? null
                : w.substring(0, w.length() - 2));
        assertThat(withLemmatizer.singular("hyperplanexes")).isEqualTo("hyperplanex");
    }
}
