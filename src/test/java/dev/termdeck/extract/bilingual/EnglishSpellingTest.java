package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishSpellingTest {
    private static final Glossary BUILT_IN = new GlossaryReader(HanLpChinese.get()).builtIn();
    private final GlossaryDefinitions definitions = new GlossaryDefinitions(BUILT_IN);

    /** A card as the tune half's deck has it: the term and the sentence it was found in. */
    private static Card card(String en, String zh, String sentence) {
        return Card.builder("c").term(new Bilingual(en, zh))
                .sources(List.of(new Source("tune#1", Lang.EN, sentence))).build();
    }

    @Test
    void britishAndAmericanSpellingsShareOneForm() {
        assertThat(EnglishSpelling.unified("generative modelling")).isEqualTo("generative modeling");
        assertThat(EnglishSpelling.unified("Behavioural Cloning")).isEqualTo("behavior cloning");
        assertThat(EnglishSpelling.unified("behavioral cloning")).isEqualTo("behavior cloning");
        assertThat(EnglishSpelling.unified("batch normalisation")).isEqualTo("batch normalization");
        assertThat(EnglishSpelling.unified("labelled data")).isEqualTo("labeled data");
        assertThat(EnglishSpelling.key("neighbourhood aggregation")).isEqualTo(EnglishSpelling.key("neighborhood aggregation"));
        assertThat(EnglishSpelling.key("dialogue state tracking")).isEqualTo(EnglishSpelling.key("dialog state tracking"));
        assertThat(EnglishSpelling.key("colour constancy")).isEqualTo(EnglishSpelling.key("color constancy"));
        // Spelling only, never a word's form: generative modelling is not a generative model; words that only look
        // like a British ending keep their letters.
        assertThat(EnglishSpelling.key("generative modelling")).isNotEqualTo(EnglishSpelling.key("generative model"));
        assertThat(EnglishSpelling.unified("noise schedule")).isEqualTo("noise schedule");
        assertThat(EnglishSpelling.unified("contour detection")).isEqualTo("contour detection");
        assertThat(EnglishSpelling.unified("four hours")).isEqualTo("four hours");
        assertThat(EnglishSpelling.unified("filling in")).isEqualTo("filling in");
    }

    @Test
    void aTermInTheOtherSpellingReachesTheEntry() {
        // Tune half: "We first show theoretically that standard behavioral cloning (BC) -- which trains a policy to
        // directly match the actions played by the demonstrator -- can fail ..."; the entry is "behavior cloning".
        Card bc = card("behavioral cloning", "行为克隆", "We first show theoretically that standard behavioral cloning (BC)"
                + " -- which trains a policy to directly match the actions played by the demonstrator -- can fail to"
                + " ensure coverage over the demonstrator's actions, a minimal condition necessary for effective RL"
                + " finetuning.");
        GlossaryEntry behaviorCloning = BUILT_IN.byEnglish("behavior cloning").orElseThrow();
        assertThat(definitions.lookup(bc, Lang.EN).text()).isEqualTo(behaviorCloning.definition().en());
        assertThat(definitions.lookup(bc, Lang.ZH).text()).isEqualTo(behaviorCloning.definition().zh());
        // Tune half: "Better generative modelling is also the primary goal of another class of diffusion models --
        // those that learn their forward (noising) process." The task, not the model.
        Card modelling = card("generative modelling", null, "Better generative modelling is also the primary goal of"
                + " another class of diffusion models -- those that learn their forward (noising) process.");
        assertThat(definitions.lookup(modelling, Lang.EN).text())
                .isEqualTo(BUILT_IN.byEnglish("generative modeling").orElseThrow().definition().en())
                .isNotEqualTo(BUILT_IN.byEnglish("generative model").orElseThrow().definition().en());
        assertThat(BUILT_IN.byEnglish("Behavioural Cloning")).contains(behaviorCloning);
        assertThat(BUILT_IN.byEnglish("batch normalisation")).isEqualTo(BUILT_IN.byEnglish("batch normalization"));
    }

    @Test
    void aCapitalisedPhraseInThePluralIsItsEntryButAOneWordNameIsNot() {
        // Tune half, a title-case plural of an entry.
        Card cnn = card("Convolutional Neural Networks", "卷积神经网络", "This framework employs Convolutional Neural"
                + " Networks (CNN) for analyzing MRI images and Long Short-Term Memory (LSTM) networks for processing"
                + " cognitive and biomarker data.");
        assertThat(definitions.lookup(cnn, Lang.EN).text())
                .isEqualTo(BUILT_IN.byEnglish("convolutional neural network").orElseThrow().definition().en());
        // Transformers, the library, is not the Transformer architecture.
        assertThat(definitions.lookup(card("Transformers", null, "We use the Transformers library."), Lang.EN))
                .isNull();
    }
}
