package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The English definition of a term the Chinese version defines, from the aligned English sentences of development
 * pages (arXiv 2025, the tuning half): taken only where they define the same term, rewritten to say it.
 */
class TranslatedDefinitionTest {
    @Test
    void anAppositionOfATermTheTextIntroducesWithItsLatexDropped() {
        assertThat(TranslatedDefinition.of("In this paper, we propose \\textbf{PARSE-VOS}, a novel, training-free "
                + "framework powered by Large Language Models (LLMs), for a hierarchical, coarse-to-fine reasoning.",
                List.of("PARSE-VOS"))).startsWith("PARSE-VOS is a novel, training-free framework powered by Large "
                + "Language Models (LLMs)");
        // A praised kind and what is left of a clause that counted unnamed parts: nothing (judged weak).
        assertThat(TranslatedDefinition.of("We introduce \\textbf{GIR-Bench}, a comprehensive benchmark that evaluates "
                + "unified models across three complementary perspectives.", List.of("GIR-Bench"))).isNull();
    }

    @Test
    void aShortFormAfterTheLongFormThatOpensAnAimsSentence() {
        // Tune pages: the card's English side is the short form; the long form stays with it.
        assertThat(TranslatedDefinition.of("Referring Video Object Segmentation (RVOS) aims to segment an object of "
                + "interest throughout a video based on a language description.", List.of("RVOS")))
                .isEqualTo("Referring Video Object Segmentation (RVOS) aims to segment an object of interest throughout "
                        + "a video based on a language description.");
    }

    @Test
    void aCopulaWithTheTermAsItsSubject() {
        assertThat(TranslatedDefinition.of("In manufacturing, capacity planning is the process of allocating "
                + "production resources in accordance with variable demand.", List.of("capacity planning")))
                .isEqualTo("Capacity planning is the process of allocating production resources in accordance with "
                        + "variable demand.");
    }

    @Test
    void aSentenceThatMentionsTheTermInPassingOrDefinesAnotherGivesNothing() {
        assertThat(TranslatedDefinition.of("The metric is built by multiplying three orthogonal components derived from "
                + "these coefficients: Magnitude, which quantifies similarities in the energy distribution of the "
                + "coefficients, i.e., the intensity of the field.", List.of("similarity"))).isNull();
        assertThat(TranslatedDefinition.of("Motivated by the lack of training data in this space, we present a dataset "
                + "collected through this approach. Our dataset, dubbed Aria Navigation Dataset (AND), consists of 4 "
                + "hours of recording of users navigating in real-world scenarios.",
                List.of("Aria Navigation Dataset", "AND"))).isNull();
    }

    @Test
    void praiseIsNoDefinitionHereEither() {
        assertThat(TranslatedDefinition.of("Residual Reinforcement Learning (RL) is a popular approach for adapting "
                + "pretrained policies.", List.of("Residual Reinforcement Learning"))).isNull();
    }
}
