package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.DefinitionDictionary.Papers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entry whose definition opens with its field ("In reinforcement learning, ...") serves a card only when the card's
 * sentences or its papers name the field, and a word of the field that is the term's own word is no evidence. Sentences
 * of the arXiv tune half.
 */
class DomainEvidenceTest {
    private static final GlossaryEntry ENVIRONMENT = new GlossaryEntry("environment", "环境", null, List.of(),
            new Bilingual("In reinforcement learning, everything outside the agent.", "强化学习中智能体之外的一切。"));
    private static final GlossaryEntry CONTROLLABILITY = new GlossaryEntry("controllability", "可控性", null, List.of(),
            new Bilingual("In control theory, whether inputs can drive a system from any state to any other state in "
                    + "finite time.", "控制理论中，能否通过输入在有限时间内把系统从任一状态驱动到任一其他状态的性质。"));

    @Test
    void theFieldNamedElsewhereInThePaperIsEvidence() {
        // Informed Asymmetric Actor-Critic: the sentence does not say "reinforcement learning", its abstract does.
        Card c = card("environment", "We validate our approach empirically on benchmark navigation tasks and synthetic "
                + "partially observable environments, showing that our informed asymmetric method improves learning "
                + "efficiency and value estimation when informative privileged inputs are available.");
        String paper = "Informed Asymmetric Actor-Critic: Leveraging Privileged Signals Beyond Full-State Access\n"
                + "Reinforcement learning in partially observable environments requires agents to act under "
                + "uncertainty from noisy, incomplete observations.";

        assertThat(DomainEvidence.holds(ENVIRONMENT, c)).isFalse();
        assertThat(DomainEvidence.holds(ENVIRONMENT, c, paper)).isTrue();
        GlossaryDefinitions definitions = new GlossaryDefinitions(Glossary.of(List.of(ENVIRONMENT)));
        assertThat(definitions.lookup(c, Lang.EN)).isNull();
        assertThat(definitions.lookup(c, Lang.EN, card -> paper).text()).startsWith("In reinforcement learning");
    }

    @Test
    void theTermsOwnWordIsNoEvidenceOfItsField() {
        // DEMO, a controllable talking-head generator: "control" is everywhere, control theory nowhere.
        Card c = card("controllability", "These results demonstrate that combining fine-grained motion "
                + "disentanglement with flow-based generative modeling provides a powerful new paradigm for "
                + "controllable talking-head video synthesis.");
        String paper = "DEMO: Disentangled Motion Latent Flow Matching for Fine-Grained Controllable Talking Portrait "
                + "Synthesis\nAudio-driven talking-head generation has advanced rapidly with diffusion-based "
                + "generative models, yet producing temporally coherent videos with fine-grained motion control "
                + "remains challenging.";

        assertThat(DomainEvidence.holds(CONTROLLABILITY, c, paper)).isFalse();
        // A paper that names the field takes the entry.
        assertThat(DomainEvidence.holds(CONTROLLABILITY, c, paper + " We draw on control theory.")).isTrue();
        assertThat(new GlossaryDefinitions(Glossary.of(List.of(CONTROLLABILITY))).lookup(c, Lang.EN, Papers.NONE))
                .isNull();
    }

    @Test
    void aGeneralWordOrAnotherWordWithTheSameFirstLettersIsNoEvidence() {
        // WinMamba's "linear state space" is a state-space model's; the entry, written with its field, is the RL
        // environment's. The abstract says "problem", too general to show a field; a field word is found by its stem
        // ("sequenti-"), not its first six letters, which "sequence" shares.
        GlossaryEntry stateSpace = new GlossaryEntry("state space", "状态空间", null, List.of(), new Bilingual(
                "In reinforcement learning and sequential decision problems, the set of all possible states of the "
                        + "environment.", "在强化学习和序贯决策问题中，环境所有可能状态构成的集合。"));
        Card c = card("state space", "Meanwhile, to obtain rich contextual cues within the linear state space, we "
                + "equip the WinMamba layer with a learnable positional encoding and a window-shift strategy.");
        String paper = "3D object detection is critical for autonomous driving, yet it remains fundamentally "
                + "challenging to simultaneously maximize computational efficiency and capture long-range spatial "
                + "dependencies. We observed that Mamba-based models, with their linear state-space design, capture "
                + "long-range dependencies at lower cost. To address this problem, we propose WinMamba, a novel "
                + "Mamba-based 3D feature-encoding backbone composed of stacked WinMamba blocks.";

        assertThat(DomainEvidence.holds(stateSpace, c, paper)).isFalse();
        assertThat(DomainEvidence.holds(stateSpace, c, "Reinforcement learning in partially observable "
                + "environments requires agents to act under uncertainty from noisy, incomplete observations."))
                .isTrue();
        assertThat(DomainEvidence.stem("compilers")).isEqualTo("compil");
        assertThat(DomainEvidence.stem("sequential")).isEqualTo("sequenti");
    }

    @Test
    void theDictionarysGeneratorIsAGansAndServesOnlyPapersAboutGans() {
        GlossaryDefinitions definitions = new GlossaryDefinitions(
                new GlossaryReader(dev.termdeck.extract.zh.HanLpChinese.get()).builtIn());
        // HOLLM: LLMs as candidate generators of an optimiser, no GAN's generator.
        String hollm = "Large Language Models (LLMs) have recently emerged as effective surrogate models and candidate "
                + "generators within global optimization frameworks for expensive blackbox functions.";
        Card candidate = card("generator", hollm);
        // MambaStyle: GAN inversion, where the generator is the GAN's.
        String mambaStyle = "However, existing GAN inversion methods struggle to balance high reconstruction quality, "
                + "effective editability, and computational efficiency.";
        Card gan = card("generator", mambaStyle);

        assertThat(definitions.lookup(candidate, Lang.EN, x -> hollm)).isNull();
        assertThat(definitions.lookup(gan, Lang.EN, x -> mambaStyle).text())
                .startsWith("In generative adversarial networks (GAN), the network that maps");
    }

    private static Card card(String en, String sentence) {
        return Card.builder("c").term(new Bilingual(en, null)).addSource(new Source("doc#1", Lang.EN, sentence))
                .build();
    }

    @Test
    void aWordStartsWhereNoLetterOrDigitIsBefore() {
        // The search the field check and the shared-short-form check both use, against the pattern it replaced.
        List<String> texts = List.of("the number of topics in lda models", "3dgaussian splats", "compilers, compiling",
                "sequential sequence", "控制control", "", "latent dirichlet-allocation", "a\u00e9topic");
        for (String t : texts) {
            for (String w : List.of("topic", "lda", "gaussian", "compil", "sequence", "control", "allocation", "t")) {
                for (boolean whole : new boolean[] {false, true}) {
                    boolean regex = java.util.regex.Pattern.compile("(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(w)
                            + (whole ? "(?![\\p{L}\\d])" : "")).matcher(t).find();
                    assertThat(DomainEvidence.containsWordStarting(t, w, whole)).as(w + " in " + t + " " + whole)
                            .isEqualTo(regex);
                }
            }
        }
    }
}
