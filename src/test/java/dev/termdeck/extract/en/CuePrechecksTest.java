package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cheap checks made before a cue's pattern is run (speed only): they may let through text the pattern then
 * rejects, never turn away text it would match. Texts after and before terms of the shipped corpus and tune pages.
 */
class CuePrechecksTest {
    @Test
    void theCopulaAndAppositionStillSeeWhatFollowsLatexLeftoversAndSpaces() {
        // "... \textbf{GIR-Bench}$ is a benchmark ...": cleaning leaves a brace or a dollar before the copula.
        assertThat(CopulaCues.firstAfterLead("}$  is a benchmark for reasoning")).isEqualTo('i');
        assertThat(CopulaCues.copula("", "} is a benchmark that tests image generation.", "GIR-Bench")).isNotNull();
        assertThat(CopulaCues.firstAfterLead(" (LoRA) freezes the weights")).isEqualTo('(');
        assertThat(CopulaCues.firstAfterLead("  ")).isEqualTo('\0');
        // A copula that needs the brackets skipped first ("Low-Rank Adaptation (LoRA) is a ...").
        assertThat(CopulaCues.copula("", " (LoRA) is a parameter-efficient fine-tuning method that freezes the "
                + "pretrained weights.", "Low-Rank Adaptation")).isNotNull();
        // Nothing a copula can start with: no matcher is made, no cue.
        assertThat(CopulaCues.copula("", " improves accuracy on three benchmarks.", "LoRA")).isNull();
    }

    @Test
    void theLongerNameCheckStillSeesAnAndBeforeTheTerm() {
        assertThat(DefinitionFinder.endOfALongerName("we propose Adaptive Rollout and\t", " (AR3PO), a",
                "Response Reuse Policy Optimization")).isTrue();
        assertThat(DefinitionFinder.endOfALongerName("we propose Adaptive Rollout &  ", " (AR3PO), a",
                "Response Reuse Policy Optimization")).isTrue();
        // "and" without the space the pattern needs after it.
        assertThat(DefinitionFinder.endOfALongerName("we propose Adaptive Rollout and", " (AR3PO), a",
                "Response Reuse Policy Optimization")).isFalse();
    }

    @Test
    void aCircularTailIsStillCutAndOtherDefinitionsAreLeftAlone() {
        assertThat(DefinitionFinder.withoutCircularParts("WinMamba is a novel Mamba-based 3D feature-encoding "
                + "backbone composed of stacked WinMamba blocks.", "WinMamba"))
                .isEqualTo("WinMamba is a novel Mamba-based 3D feature-encoding backbone.");
        String plain = "CRINN is a new paradigm for ANNS algorithms.";
        assertThat(DefinitionFinder.withoutCircularParts(plain, "CRINN")).isSameAs(plain);
    }
}
