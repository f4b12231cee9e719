package dev.termdeck.extract.en;

import static dev.termdeck.extract.en.EnglishCues.definitionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cues of {@link NamingCues} on real sentences (the shipped corpus and tune pages, some shortened): a term named
 * after its kind, one the text defines, and a naming that only names.
 */
class NamingCuesTest {
    @Test
    void namingCuesCalledAndTermed() {
        assertThat(definitionOf("In this work, we propose a method to pre-train a smaller general-purpose language "
                + "representation model, called DistilBERT, which can then be fine-tuned on many tasks.",
                "DistilBERT")).isEqualTo("DistilBERT is a smaller general-purpose language representation model, "
                + "which can then be fine-tuned on many tasks.");
        assertThat(definitionOf("Built upon SIG, we further curate a benchmark termed S2I-Bench with 400 open-ended "
                + "questions to better evaluate the quality justification capacity of video LMMs.", "S2I-Bench"))
                .isEqualTo("S2I-Bench is a benchmark with 400 open-ended questions to better evaluate the quality "
                        + "justification capacity of video LMMs.");
    }

    @Test
    void namingCuesDubbedAsAndOurKindDubbed() {
        // Tune pages: "dubbed as" names the kind before it; "Our dataset, dubbed X (AND), consists of ..." says X is one.
        assertThat(definitionOf("Concretely, we propose an efficient training paradigm for MLLMs, dubbed as HyperET, "
                + "which can optimize visual representations to align with their textual counterparts at an arbitrary "
                + "granularity level through dynamic hyperbolic radius adjustment in hyperbolic space.", "HyperET"))
                .isEqualTo("HyperET is an efficient training paradigm for MLLMs, which can optimize visual "
                        + "representations to align with their textual counterparts at an arbitrary granularity level "
                        + "through dynamic hyperbolic radius adjustment in hyperbolic space.");
        assertThat(definitionOf("Our dataset, dubbed Aria Navigation Dataset (AND), consists of 4 hours of recording of "
                + "users navigating in real-world scenarios.", "Aria Navigation Dataset"))
                .isEqualTo("Aria Navigation Dataset is a dataset that consists of 4 hours of recording of users "
                        + "navigating in real-world scenarios.");
    }

    @Test
    void aLongNameInTheAppositionOfAnIntroducedName() {
        // Tune pages: the long name's last word is its kind.
        assertThat(definitionOf("We introduce CostNav, a Micro-Navigation Economic Testbed that evaluates embodied agents "
                + "through comprehensive cost-revenue analysis aligned with real-world business operations.",
                "Micro-Navigation Economic Testbed")).isEqualTo("Micro-Navigation Economic Testbed is a testbed that "
                + "evaluates embodied agents through comprehensive cost-revenue analysis aligned with real-world "
                + "business operations.");
        assertThat(definitionOf("We propose AV-CDiT, an Audio-Visual Conditional Diffusion Transformer with a novel "
                + "modality expert architecture that balances visual and auditory learning.",
                "Audio-Visual Conditional Diffusion Transformer")).isEqualTo("Audio-Visual Conditional Diffusion "
                + "Transformer is a transformer with a novel modality expert architecture that balances visual and "
                + "auditory learning.");
    }

    @Test
    void weDefineXAsY() {
        // The English original of a shipped Chinese abstract (我们将人格偏见定义为……).
        assertThat(definitionOf("In this work, we define persona biases as harmful differences in responses (e.g., "
                + "varying levels of offensiveness, agreement with harmful statements) generated from adopting "
                + "different demographic personas.", "persona bias")).isEqualTo("Persona biases are harmful "
                + "differences in responses (e.g., varying levels of offensiveness, agreement with harmful statements) "
                + "generated from adopting different demographic personas.");
    }

    @Test
    void namingThatOnlyNamesIsNoDefinition() {
        assertThat(definitionOf("In this paper, we formally define the problem of continual treatment effect "
                + "estimation, describe its research challenges, and then present possible solutions to this problem.",
                "continual treatment effect estimation")).isNull();
        assertThat(definitionOf("The only human oversight is provided through a list of rules or principles, and so we "
                + "refer to the method as 'Constitutional AI'.", "Constitutional AI")).isNull();
    }

    @Test
    void aNameRightAfterTheKindTheTextIntroduces() {
        // Tune page: no "called" between the kind and the name.
        assertThat(definitionOf("We introduce a novel framework VeriPPA designed to optimize PPA and generate Verilog "
                + "code using LLMs.", "VeriPPA")).isEqualTo("VeriPPA is a novel framework designed to optimize PPA and "
                + "generate Verilog code using LLMs.");
    }
}
