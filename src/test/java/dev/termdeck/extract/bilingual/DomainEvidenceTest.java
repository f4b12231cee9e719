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

    private static Card card(String en, String sentence) {
        return Card.builder("c").term(new Bilingual(en, null)).addSource(new Source("doc#1", Lang.EN, sentence))
                .build();
    }
}
