package dev.termdeck.extract.en;

import static dev.termdeck.extract.en.EnglishCues.definitionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Abstract definitions whose only differentia is the problem the thing answers, or praise and a task, judged weak
 * at the sixth blind judging ("a new framework that ...", "designed to address these gaps"): real sentences of the
 * arXiv tune pages.
 */
class ProblemPurposeTest {

    @Test
    void aBareKindDesignedToAddressAProblemIsNoDefinition() {
        // Tune page (TOAST): the kind is "unified framework", and all it says is the challenge it addresses.
        assertThat(definitionOf("This work introduces TOAST (Task-Oriented Adaptive Semantic Transmission), a unified "
                + "framework designed to address the core challenge of multi-task optimization in dynamic wireless "
                + "environments through three complementary components. First, we formulate adaptive task balancing "
                + "as a Markov decision process.", "Task-Oriented Adaptive Semantic Transmission")).isNull();
        // Tune page (DINOv3): a new method, which addresses an issue.
        assertThat(definitionOf("Second, we introduce a new method called Gram anchoring, which effectively addresses "
                + "the known yet unsolved issue of dense feature maps degrading during long training schedules. "
                + "Finally, we apply post-hoc strategies that further enhance our models' flexibility.",
                "Gram anchoring")).isNull();
    }

    @Test
    void aKindThatSaysWhatItIsKeepsItsPurpose() {
        // Tune page (M3PO): the kind itself says what the thing is.
        assertThat(definitionOf("We introduce Massively Multi-Task Model-Based Policy Optimization (M3PO), a scalable "
                + "model-based reinforcement learning (MBRL) framework designed to address sample inefficiency in "
                + "single-task settings and poor generalization in multi-task domains.", "M3PO"))
                .startsWith("M3PO is a scalable model-based reinforcement learning (MBRL) framework designed to address");
        assertThat(ProblemPurpose.onlyAnswers("designed to address sample inefficiency by learning a world model."))
                .isFalse();
    }

    @Test
    void aBackPointingAnswerBeforeItsMeansIsSaidAsTheMeans() {
        // Tune page (PhysRig): "these limitations" points at sentences the card does not show.
        assertThat(definitionOf("In this work, we propose PhysRig, a differentiable physics-based skinning and rigging "
                + "framework that overcomes these limitations by embedding the rigid skeleton into a volumetric "
                + "representation, which is simulated as a deformable soft-body structure driven by the animated "
                + "skeleton.", "PhysRig")).isEqualTo("PhysRig is a differentiable physics-based skinning and rigging "
                + "framework that works by embedding the rigid skeleton into a volumetric representation, which is "
                + "simulated as a deformable soft-body structure driven by the animated skeleton.");
    }

    @Test
    void praiseAndATaskItWasDesignedForIsNoDefinition() {
        // Tune page (INR-Bench): first, comprehensive, a benchmark, and what it is for.
        assertThat(definitionOf("Building on this analysis, we introduce INR-Bench, the first comprehensive benchmark "
                + "specifically designed for multimodal INR tasks.", "INR-Bench")).isNull();
        // GIR-Bench, what is left of a clause that counted unnamed parts: DefinitionCuesTest.
    }

    @Test
    void aPurposeDesignedToAddressWhatCameBeforeIsCut() {
        // Tune page: "these limitations" are the previous sentence's; the card would show a dangling reference.
        assertThat(ProblemPurpose.withoutBackPointing("In this paper, we introduce a unified query understanding "
                + "framework powered by a Large Language Model (LLM), designed to address these limitations.", 20))
                .isEqualTo("In this paper, we introduce a unified query understanding framework powered by a Large "
                        + "Language Model (LLM)");
    }

    @Test
    void aPurposePointingBackWithAnyNounIsCut() {
        // Seed corpus: "these advances" are the previous sentence's; the library is then said by the next sentence.
        assertThat(definitionOf("Transformer architectures have facilitated building higher-capacity models and "
                + "pretraining has made it possible to effectively utilize this capacity for a wide variety of tasks. "
                + "Transformers is an open-source library with the goal of opening up these advances to the wider machine "
                + "learning community. The library consists of carefully engineered stateof-the art Transformer "
                + "architectures under a unified API.", "Transformers")).isEqualTo("Transformers is an open-source "
                + "library. The library consists of carefully engineered stateof-the art Transformer architectures "
                + "under a unified API.");
        // Tune page (spectral representations): "these difficulties" were named before; the problem noun is cut too.
        assertThat(ProblemPurpose.withoutBackPointing("Spectral representation is a solution to address these "
                + "difficulties in RL.", 20)).isEqualTo("Spectral representation is a solution.");
        // A noun the definition said before is no pointing back; "such as" gives examples.
        assertThat(ProblemPurpose.withoutBackPointing("Adaptive rollout allocates more responses to difficult prompts "
                + "to spend these responses where they help.", 20)).endsWith("where they help.");
        assertThat(ProblemPurpose.withoutBackPointing("SpinalSAM-R1 is a multimodal vision-language interactive system "
                + "designed to segment structures such as vertebrae.", 20)).endsWith("such as vertebrae.");
    }

    @Test
    void aBareKindThatOnlyClaimsAnEffectIsNoDefinition() {
        // Tune page (DISTWAR): a kind and the effect it is for, with no means.
        assertThat(definitionOf("We propose DISTWAR, a software-approach to accelerate atomic operations based on two "
                + "key ideas: First, we enable warp-level reduction of threads at the SM sub-cores using registers.",
                "DISTWAR")).isNull();
        // A relative clause of an effect after a praised kind, and the same with its means: only the means defines.
        assertThat(ProblemPurpose.onlyAnswers("that stabilizes policy optimization.")).isTrue();
        assertThat(ProblemPurpose.onlyAnswers("that stabilizes policy optimization by clipping importance ratios."))
                .isFalse();
    }

    @Test
    void anEffectOnlyKindIsContinuedByTheNextSentenceAboutTheTerm() {
        // Tune page (MNN-LLM): the next sentence opens with the term and says how.
        assertThat(definitionOf("This paper introduces MNN-LLM, a framework specifically designed to accelerate the "
                + "deployment of large language models on mobile devices. MNN-LLM addresses the runtime "
                + "characteristics of LLMs through model quantization and DRAM-Flash hybrid storage, effectively "
                + "reducing memory usage.", "MNN-LLM")).isEqualTo("MNN-LLM is a framework specifically designed to "
                + "accelerate the deployment of large language models on mobile devices. MNN-LLM addresses the runtime "
                + "characteristics of LLMs through model quantization and DRAM-Flash hybrid storage, effectively "
                + "reducing memory usage.");
    }

    @Test
    void aTaskSaidAgainByItsClauseIsContinuedByWhatTheFrameworkDoes() {
        // Tune page (GEN-AFFECT): "for ... generation that generates ..." restates the task; the next sentence, about
        // "our framework", says how, and the card says "The framework".
        assertThat(DefinitionText.restatesItsTask("for personalized avatar generation that generates expressive and "
                + "identity-consistent avatars with a diverse set of facial expressions.")).isTrue();
        assertThat(definitionOf("We propose GEN-AFFECT, a novel framework for personalized avatar generation that "
                + "generates expressive and identity-consistent avatars with a diverse set of facial expressions. Our "
                + "framework proposes conditioning a multimodal diffusion transformer on an extracted identity-expression "
                + "representation.", "GEN-AFFECT")).isEqualTo("GEN-AFFECT is a novel framework for personalized avatar "
                + "generation that generates expressive and identity-consistent avatars with a diverse set of facial "
                + "expressions. The framework proposes conditioning a multimodal diffusion transformer on an extracted "
                + "identity-expression representation.");
        // A clause that says how is no restatement.
        assertThat(DefinitionText.restatesItsTask("for avatar generation that generates avatars by conditioning a "
                + "diffusion transformer.")).isFalse();
    }
}
