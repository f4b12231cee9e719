package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** English words as alignment compares them. */
class EnglishWordsTest {
    @Test
    void inflectionsOfAWordAreOneWordAndDerivationsAreNot() {
        assertThat(EnglishWords.norm("enhanced")).isEqualTo(EnglishWords.norm("enhances"))
                .isEqualTo(EnglishWords.norm("enhancing")).isEqualTo(EnglishWords.norm("enhance"));
        assertThat(EnglishWords.norm("Networks")).isEqualTo(EnglishWords.norm("network"));
        assertThat(EnglishWords.norm("generation")).isNotEqualTo(EnglishWords.norm("generalization"));
        assertThat(EnglishWords.norm("controllability")).isNotEqualTo(EnglishWords.norm("control"));
    }

    @Test
    void abbreviationsLoseOnlyTheirPluralS() {
        assertThat(EnglishWords.norm("DQNs")).isEqualTo("dqn");
        assertThat(EnglishWords.norm("GPT-4o")).isEqualTo("gpt-4o");
    }

    @Test
    void hyphenatedCompoundsGiveOneWordPerPartAndFunctionWordsAreNoContent() {
        assertThat(EnglishWords.of("trajectory-conditioned motion control via the model"))
                .extracting(Word::form, Word::content)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("trajectory", true),
                        org.assertj.core.groups.Tuple.tuple("conditioned", true),
                        org.assertj.core.groups.Tuple.tuple("motion", true),
                        org.assertj.core.groups.Tuple.tuple("control", true),
                        org.assertj.core.groups.Tuple.tuple("via", false),
                        org.assertj.core.groups.Tuple.tuple("the", false),
                        org.assertj.core.groups.Tuple.tuple("model", true));
    }

    @Test
    void aCapitalisedPartOfAHyphenatedNameIsContentEvenWhenItIsAFunctionWord() {
        assertThat(EnglishWords.of("the We-Be Dataset")).extracting(Word::content).containsExactly(false, true, true,
                true);
    }

    @Test
    void punctuationBetweenWordsIsRemembered() {
        assertThat(EnglishWords.of("graph (CDFG) view")).extracting(Word::joined).containsExactly(true, false, false);
    }
}
