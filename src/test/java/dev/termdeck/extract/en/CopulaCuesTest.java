package dev.termdeck.extract.en;

import static dev.termdeck.extract.en.EnglishCues.candidate;
import static dev.termdeck.extract.en.EnglishCues.definitionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cues of {@link CopulaCues} on real sentences (the shipped corpus and the tune half of the development pages,
 * some shortened): a copula, an apposition, what a term is for as its sentence opens; and the forms of each that do
 * not define.
 */
class CopulaCuesTest {
    @Test
    void copulaWithTheTermAsItsSubject() {
        assertThat(definitionOf("Counterfactual explanation is a common class of methods to make local explanations "
                + "of machine learning decisions.", "counterfactual explanation")).isEqualTo("Counterfactual "
                + "explanation is a common class of methods to make local explanations of machine learning decisions.");
        assertThat(definitionOf("The social metaverse is a growing digital ecosystem that blends virtual and physical "
                + "worlds.", "social metaverse"))
                .isEqualTo("The social metaverse is a growing digital ecosystem that blends virtual and physical worlds.");
    }

    @Test
    void pluralCopulaWithAKindAndWhatSetsItApart() {
        assertThat(definitionOf("Diffusion autoencoders (DAs) are variants of diffusion generative models that use an "
                + "input-dependent latent variable to capture representations alongside the diffusion process.",
                "diffusion autoencoder")).startsWith("Diffusion autoencoders (DAs) are variants of diffusion generative "
                + "models that use");
    }

    @Test
    void appositionOfATermTheTextPresents() {
        assertThat(definitionOf("In this paper, we present CRINN, a new paradigm for ANNS algorithms. CRINN treats "
                + "ANNS optimization as a reinforcement learning problem where execution speed serves as the reward "
                + "signal.", "CRINN")).isEqualTo("CRINN is a new paradigm for ANNS algorithms. CRINN treats ANNS "
                + "optimization as a reinforcement learning problem where execution speed serves as the reward signal.");
        assertThat(definitionOf("We present BLOOM, a 176B-parameter open-access language model.", "BLOOM"))
                .isEqualTo("BLOOM is a 176B-parameter open-access language model.");
    }

    @Test
    void appositionAfterTheShortFormWithTheLongFormInBrackets() {
        assertThat(definitionOf("To address these issues, we propose ASMS (Adaptive Social Metaverse Streaming), a "
                + "novel streaming system based on Federated Multi-Agent Proximal Policy Optimization (F-MAPPO).",
                "Adaptive Social Metaverse Streaming")).isEqualTo("Adaptive Social Metaverse Streaming is a novel "
                + "streaming system based on Federated Multi-Agent Proximal Policy Optimization (F-MAPPO).");
    }

    @Test
    void termCommaAKindThat() {
        assertThat(definitionOf("We implemented a trading agent for USD/TWD by integrating Quantum Long Short-Term "
                + "Memory (QLSTM) for short-term trend prediction with Quantum Asynchronous Advantage Actor-Critic "
                + "(QA3C), a quantum-enhanced variant of the classical A3C.",
                "Quantum Asynchronous Advantage Actor-Critic")).isEqualTo("Quantum Asynchronous Advantage Actor-Critic "
                + "is a quantum-enhanced variant of the classical A3C.");
    }

    @Test
    void aShortFormAfterTheLongFormThatOpensAnAimsSentence() {
        assertThat(definitionOf("Referring Video Object Segmentation (RVOS) aims to segment an object of interest "
                + "throughout a video based on a language description. Existing methods rely on training.", "RVOS"))
                .isEqualTo("Referring Video Object Segmentation (RVOS) aims to segment an object of interest throughout "
                        + "a video based on a language description.");
    }

    @Test
    void anAppositionWithNumbersJoinedByAndOrADashForABracketIsNoList() {
        assertThat(definitionOf("BLOOM is a decoder-only Transformer language model that was trained on the ROOTS "
                + "corpus, a dataset comprising hundreds of sources in 46 natural and 13 programming languages (59 in "
                + "total).", "ROOTS corpus")).isEqualTo("ROOTS corpus is a dataset comprising hundreds of sources in 46 "
                + "natural and 13 programming languages (59 in total).");
        assertThat(candidate("To address this challenge, we propose VCNet-Variational Counter Net-a model "
                + "architecture that combines a predictor and a counterfactual generator that are jointly trained, for "
                + "regression or classification tasks.", "Variational Counter Net").definition())
                .startsWith("Variational Counter Net is a model architecture that combines a predictor");
    }

    @Test
    void aColonSaysWhatADictionaryTermIs() {
        assertThat(definitionOf("We need progress on scalable oversight: the problem of supervising systems that "
                + "outperform us.", "scalable oversight", true)).isEqualTo("Scalable oversight is the problem of "
                + "supervising systems that outperform us.");
    }

    @Test
    void anAppositionEndsWhereTheSentencesOwnVerbTakesOver() {
        // From a deck of development pages (#13): the copula was once cut from a run-on sentence.
        assertThat(definitionOf("3D Gaussian Splatting (3DGS), an explicit scene representation technique, has shown "
                + "significant promise for dynamic novel view synthesis from monocular video input.",
                "3D Gaussian Splatting")).isEqualTo("3D Gaussian Splatting is an explicit scene representation "
                + "technique.");
        // A kind and nothing after it: for a term the dictionary defines, the entry says more (the judges: weak).
        assertThat(definitionOf("3D Gaussian Splatting (3DGS), an explicit scene representation technique, has shown "
                + "significant promise for dynamic novel view synthesis from monocular video input.",
                "3D Gaussian Splatting", true)).isNull();
    }

    @Test
    void aCopulaAfterASettingThatOpensTheSentence() {
        assertThat(definitionOf("In manufacturing, capacity planning is the process of allocating production "
                + "resources in accordance with variable demand.", "capacity planning"))
                .isEqualTo("Capacity planning is the process of allocating production resources in accordance with "
                        + "variable demand.");
    }

    @Test
    void theFirstOfAKindIntroducedByTheText() {
        assertThat(definitionOf("We introduce S-Chain, the first large-scale dataset of 12,000 "
                + "expert-annotated medical images with bounding boxes and structured visual CoT (SV-CoT), explicitly "
                + "linking visual regions to reasoning steps.", "S-Chain"))
                .startsWith("S-Chain is the first large-scale dataset of 12,000 expert-annotated medical images");
        // Praise and what it was designed for, nothing more: no definition (ProblemPurposeTest).
    }

    @Test
    void theUseAPaperMakesOfATermIsNoDefinition() {
        // Tune page (FruitNeRF++) and Inspec tune abstracts 79 and 142: "is used to" says what this paper does with
        // the thing, and "The X is designed to" speaks of the paper's own one.
        assertThat(definitionOf("The masks are used to encode the identity of each fruit as instance embeddings into a "
                + "neural instance field.", "mask")).isNull();
        assertThat(definitionOf("Newton's method and Bezier clipping are adapted to form the core of our algorithm. Ray "
                + "coherence is used to find starting points for Newton iteration.", "ray coherence")).isNull();
        assertThat(definitionOf("The control valve is designed to operate over a 0.01-5.0 sccm flow range at a "
                + "differential pressure of 800 torr.", "control valve")).isNull();
    }

    @Test
    void whatATermIsForOrDoesAsItsSentenceOpens() {
        assertThat(definitionOf("Equivariant representation learning aims to capture variations induced by input "
                + "transformations in the representation space, whereas invariant representation learning encodes "
                + "semantic information by disregarding such transformations.", "equivariant representation learning"))
                .isEqualTo("Equivariant representation learning aims to capture variations induced by input "
                        + "transformations in the representation space.");
        assertThat(definitionOf("Composed Video Retrieval (CoVR) retrieves a target video given a query video and a "
                + "modification text describing the intended change.", "Composed Video Retrieval"))
                .isEqualTo("Composed Video Retrieval (CoVR) retrieves a target video given a query video and a "
                        + "modification text describing the intended change.");
    }

    @Test
    void whatATermHasDoneOrWhatADictionaryTermIsForIsNoDefinition() {
        assertThat(definitionOf("Audio-driven talking-head generation has advanced rapidly with diffusion-based "
                + "generative models, yet producing temporally coherent videos with fine-grained motion control remains "
                + "challenging.", "audio-driven talking-head generation")).isNull();
        assertThat(definitionOf("Composed Video Retrieval (CoVR) retrieves a target video given a query video and a "
                + "modification text describing the intended change.", "Composed Video Retrieval", true)).isNull();
    }

    @Test
    void aCommaAfterAPhraseThatOpensTheSentenceIsNoApposition() {
        assertThat(definitionOf("For each selected subregion, an LLM then proposes high-quality candidate points, "
                + "without any explicit domain knowledge.", "selected subregion")).isNull();
    }

    @Test
    void aPluralIsNotOneThing() {
        assertThat(definitionOf("Actions are a minimal condition necessary for effective RL finetuning.", "action"))
                .isNull();
    }

    @Test
    void aPieceOfALongerNameIsNotDefinedByTheNamesApposition() {
        assertThat(definitionOf("We introduce S&P Top-K, a retraining-free and computationally lightweight Selection "
                + "and Projection framework that identifies Top-K encoder features aligned with a sensitive attribute "
                + "or behavior.", "Top-K")).isNull();
    }

    @Test
    void aListAfterAColonIsNoApposition() {
        assertThat(definitionOf("We compare magnitude thresholding to three 1D CNNs for time-series analysis: a "
                + "literature baseline (separable convolutions) and two ultra-light models - one purely separable and "
                + "one with residual connections.", "time-series analysis")).isNull();
    }

    @Test
    void anAppositionToADictionaryTermInPassingIsThePapersUseOfIt() {
        assertThat(definitionOf("Our best system ranked third, suggesting that lightweight RAG with general-purpose "
                + "LLMs -- a minimal inference-time layer that adds a few relevant exemplars via simple indexing and "
                + "fusion -- provides a simple and effective baseline.", "LLM", true)).isNull();
        // The same whether or not the dictionary knows it: "general-purpose LLMs" is the phrase the dash explains.
        assertThat(definitionOf("Our best system ranked third, suggesting that lightweight RAG with general-purpose "
                + "LLMs -- a minimal inference-time layer that adds a few relevant exemplars via simple indexing and "
                + "fusion -- provides a simple and effective baseline.", "LLM")).isNull();
    }

    @Test
    void aTitlesColonIsNoApposition() {
        assertThat(definitionOf("Oblivionis: A Lightweight Learning and Unlearning Framework for Federated Large "
                + "Language Models", "Oblivionis")).isNull();
    }

    @Test
    void aMainClauseAfterACommaIsNoApposition() {
        assertThat(definitionOf("In the case of images from Imaging Atmospheric Cherenkov Telescopes (IACTs), an "
                + "important property is the total brightness.", "Imaging Atmospheric Cherenkov Telescope")).isNull();
    }

    @Test
    void theEndOfALongerNameIsNotWhatItsAppositionDefines() {
        // Tune page: the apposition defines AR3PO, "Adaptive Rollout and Response Reuse Policy Optimization".
        String text = "To address this issue, we propose Adaptive Rollout and Response Reuse Policy Optimization "
                + "(AR3PO), a sampling efficient RLVR algorithm that introduces two novel techniques: adaptive "
                + "rollout, which dynamically allocates more responses to difficult prompts while saving computation "
                + "on easier ones, and response reuse, which leverages previously generated correct responses to "
                + "provide useful training signals.";
        assertThat(definitionOf(text, "Response Reuse Policy Optimization")).isNull();
        assertThat(DefinitionFinder.endOfALongerName("we propose Adaptive Rollout and ", " (AR3PO), a",
                "Response Reuse Policy Optimization")).isTrue();
        // A short form that starts as the term does is the term's own.
        assertThat(DefinitionFinder.endOfALongerName("we propose Adaptive Rollout and ", " (RRPO), a",
                "Response Reuse Policy Optimization")).isFalse();
    }
}
