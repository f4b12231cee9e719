package dev.termdeck.extract.en;

import static dev.termdeck.extract.en.EnglishCues.definitionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Definition cues on real sentences: from the shipped corpus (GAN, cGAN, DistilBERT, Constitutional AI, RLAIF,
 * scalable oversight, continual treatment effect estimation, conservation technology, Transformers, protein-ligand
 * binding, LoRA, IACTs) and from development abstracts (arXiv 2025, the tuning half only), some shortened: each cue
 * kind that defines and each kind that must not. Here what the finder makes of what a cue found (continued, cut,
 * judged no definition); the cues of each kind in {@link CopulaCuesTest}, {@link RelativeClauseCueTest} and
 * {@link NamingCuesTest}.
 */
class DefinitionCuesTest {
    @Test
    void aParticipleAfterTheKindIsNoPraise() {
        // Tune pages: "challenging VLMs to ..." is what the benchmark does, not a judgement of it.
        assertThat(definitionOf("We introduce IR3D-Bench, a benchmark challenging VLMs to demonstrate understanding "
                + "through active creation rather than passive recognition.", "IR3D-Bench")).isEqualTo("IR3D-Bench is a "
                + "benchmark challenging VLMs to demonstrate understanding through active creation rather than passive "
                + "recognition.");
        assertThat(DefinitionText.defines("a very challenging problem.")).isFalse();
        assertThat(DefinitionText.defines("a challenging task for current models.")).isFalse();
    }

    @Test
    void equivalenceWithIe() {
        assertThat(definitionOf("We then train with RL using the preference model as the reward signal, i.e. we use "
                + "'RL from AI Feedback' (RLAIF).", "RL from AI Feedback")).contains("preference model as the reward");
        assertThat(definitionOf("We need progress on scalable oversight: the problem of supervising systems that "
                + "outperform us.", "scalable oversight"))
                .isEqualTo("Scalable oversight is the problem of supervising systems that outperform us.");
    }

    @Test
    void anaphoraAndContinuationByTheKindsNoun() {
        assertThat(definitionOf("Interest has led to the growth of the field of conservation technology. This field "
                + "involves designing tools that aid in the conservation of wildlife.", "conservation technology"))
                .isEqualTo("Conservation technology involves designing tools that aid in the conservation of "
                        + "wildlife.");
        assertThat(definitionOf("Transformers is an open-source library with the goal of opening up these advances."
                + " The library consists of carefully engineered architectures under a unified API.", "Transformers"))
                .startsWith("Transformers is an open-source library").endsWith("under a unified API.");
    }

    @Test
    void aPurposeThatPointsBackIsCut() {
        assertThat(definitionOf("In this paper, we introduce MambaStyle, an efficient single-stage encoder-based "
                + "approach for GAN inversion and editing that leverages vision state-space models (VSSMs) to address "
                + "these challenges.", "MambaStyle")).isEqualTo("MambaStyle is an efficient single-stage encoder-based "
                + "approach for GAN inversion and editing that leverages vision state-space models (VSSMs).");
    }

    @Test
    void aDefinitionThatSaysEnoughIsNotContinued() {
        assertThat(definitionOf("To address this issue, we propose CoTox, a novel framework that integrates LLM with "
                + "chain-of-thought (CoT) reasoning for multi-toxicity prediction. CoTox combines chemical structure "
                + "data, biological pathways, and gene ontology (GO) terms to generate interpretable toxicity "
                + "predictions through step-by-step reasoning.", "CoTox"))
                .isEqualTo("CoTox is a novel framework that integrates LLM with chain-of-thought (CoT) reasoning for "
                        + "multi-toxicity prediction.");
    }

    @Test
    void citationsListsAndLatexAreTrimmed() {
        assertThat(definitionOf("We present Compact Attention, a hardware-aware acceleration framework featuring three "
                + "innovations: 1) Adaptive tiling strategies that approximate diverse spatial interaction patterns, "
                + "2) Temporally varying windows.", "Compact Attention"))
                .isEqualTo("Compact Attention is a hardware-aware acceleration framework featuring three innovations.");
        assertThat(definitionOf("To address these limitations, we introduce \\textbf{NIRPlant}, a novel multimodal "
                + "dataset encompassing Near-Infrared (NIR) imagery, RGB imagery, textual metadata, Depth, and LiDAR "
                + "data.", "NIRPlant")).startsWith("NIRPlant is a novel multimodal dataset encompassing");
        // Shortened from a development abstract, with its citation kept.
        assertThat(definitionOf("We compare against group relative policy optimization (GRPO) (Shao et al., 2024), a "
                + "method that computes advantages by normalizing outcome rewards within response groups.",
                "group relative policy optimization")).isEqualTo("Group relative policy optimization is a method that "
                + "computes advantages by normalizing outcome rewards within response groups.");
    }

    @Test
    void praiseAndATaskAloneIsNoDefinition() {
        assertThat(DefinitionText.onlyNewKind("CRINN is a new paradigm for approximate nearest neighbor search "
                + "algorithms.")).isTrue();
        // A boast about cost after the task says no more than the task.
        assertThat(DefinitionText.onlyNewKind("FlowSeek is a novel framework for optical flow requiring minimal "
                + "hardware resources for training.")).isTrue();
        assertThat(DefinitionText.onlyNewKind("Safe-SAIL is a framework for interpreting SAE features within LLMs to "
                + "advance mechanistic understanding in safety domains.")).isFalse();
    }

    @Test
    void aListAfterAColonOrATailThatOnlyCountsPartsIsCutOff() {
        assertThat(definitionOf("We propose DISTWAR, a software-approach to accelerate atomic operations based on two "
                + "key ideas: First, we enable warp-level reduction of threads at the SM sub-cores using registers to "
                + "leverage the locality in intra-warp atomic updates.", "DISTWAR"))
                .isNull(); // cut before its list, what is left is a kind and the effect it is for (ProblemPurposeTest)
        assertThat(definitionOf("To address this issue, we propose Adaptive Rollout and Response Reuse Policy "
                + "Optimization (AR3PO), a sampling efficient RLVR algorithm that introduces two novel techniques: "
                + "adaptive rollout, which dynamically allocates more responses to difficult prompts while saving "
                + "computation on easier ones, and response reuse, which leverages previously generated correct "
                + "responses to provide useful training signals.", "AR3PO"))
                .as("genus and praise left once the count is cut").isNull();
        assertThat(definitionOf("To address these limitations, we propose FLoE, a novel PEFT framework that introduces "
                + "two key innovations: (i) a Fisher information-guided importance scoring mechanism to dynamically "
                + "identify task-critical transformer layers for MoE-based low-rank adaptation.", "FLoE"))
                .isNull();
        // A continuing sentence cut before its list says nothing and is left out.
        assertThat(definitionOf("We introduce AttriLens-Mol, an attribute-guided reinforcement learning framework for "
                + "molecular property prediction with LLMs. AttriLens-Mol steers the model's reasoning by using: (1) "
                + "a format reward encouraging attribute-based structured output, (2) a count reward to avoid "
                + "enumerating irrelevant attributes.", "AttriLens-Mol"))
                .isEqualTo("AttriLens-Mol is an attribute-guided reinforcement learning framework for molecular "
                        + "property prediction with LLMs.");
    }


    @Test
    void praiseATopicOrABareKindIsNoDefinition() {
        assertThat(definitionOf("Generative adversarial networks are a promising tool for image generation in the "
                + "astronomy domain.", "generative adversarial network")).isNull();
        assertThat(definitionOf("Bayesian optimization (BO) is a powerful tool for scientific discovery in chemistry, "
                + "yet its efficiency is often hampered by the sparse experimental data.", "Bayesian optimization"))
                .isNull();
        assertThat(definitionOf("Protein-ligand binding affinity prediction is a challenge with enormous ramifications "
                + "for both drug discovery and protein engineering.", "protein-ligand binding affinity prediction"))
                .isNull();
        assertThat(definitionOf("To further evaluate in-context generation, also referred to as subject-driven tasks, "
                + "we introduce a new benchmark named OmniContext.", "OmniContext")).isNull();
        assertThat(definitionOf("However, overfitting is a serious problem in such networks. Dropout is a technique "
                + "for addressing this problem.", "dropout")).isNull();
        assertThat(definitionOf("We propose REMEDI (Relative feature Enhanced Meta-learning with Distillation for "
                + "Imbalanced prediction), a novel multi-stage framework addressing these challenges.",
                "Relative feature Enhanced Meta-learning with Distillation for Imbalanced prediction")).isNull();
    }

    @Test
    void aQuestionIsNoDefinition() {
        // The question of a sparse-autoencoder abstract, with the apposition its next sentence gives.
        assertThat(definitionOf("Is there really much more to say about sparse autoencoders (SAEs), a method for "
                + "interpreting language models?", "sparse autoencoder")).isNull();
    }

    @Test
    void itemsOfAListAreNoDefinitions() {
        assertThat(definitionOf("LoRA performs well despite having fewer trainable parameters, a higher training "
                + "throughput, and no additional inference latency.", "trainable parameter")).isNull();

    }

    @Test
    void anExampleAfterIeOrAPassiveRelativeIsNoDefinition() {
        assertThat(definitionOf("We show how to augment Transformers-based foundation models (i.e., DINO, SAM, CLIP) "
                + "with intermediate 3D-aware attention layers that help match features across different views.",
                "DINO")).isNull();
        assertThat(definitionOf("Specifically, we propose a dynamic bidirectional spatial tower, which is divided "
                + "into four layers to observe the image according to the principle of human gestalt vision.",
                "dynamic bidirectional spatial tower")).isNull();
    }

    /**
     * The definition the finder gives {@code term} in {@code text}, at every whole mention of it (or of its plural),
     * for a term the dictionary does not know: the cue alone, whatever the candidate extraction makes of the text.
     */
    @Test
    void genusAndNoveltyWithoutADifferentiaIsNoDefinition() {
        // Tune pages: the kind and "novel" are all that is left once the counting tail is cut.
        assertThat(definitionOf("To address these limitations, we propose FLoE, a novel PEFT framework that introduces "
                + "two key innovations: (i) a Fisher information-guided importance scoring mechanism to dynamically "
                + "identify task-critical transformer layers for MoE-based low-rank adaptation.", "FLoE")).isNull();
        assertThat(DefinitionText.onlyNewKind("CRINN is a new paradigm for ANNS algorithms.")).isTrue();
        assertThat(DefinitionText.onlyNewKind("X is a new framework with key modifications.")).isTrue();
        // A differentia, a continuing sentence or a kind with more than novelty stays.
        assertThat(DefinitionText.onlyNewKind("CRINN is a new paradigm for ANNS algorithms. CRINN treats ANNS "
                + "optimization as a reinforcement learning problem.")).isFalse();
        assertThat(DefinitionText.onlyNewKind("Outlier-preserving quantization is a mixed-precision quantization "
                + "strategy.")).isFalse();
        assertThat(DefinitionText.onlyNewKind("HOLLM is a novel global optimization algorithm that enhances "
                + "LLM-driven sampling by partitioning the search space into promising subregions.")).isFalse();
        assertThat(DefinitionText.onlyNewKind("Flexible Association Control is a lightweight and training-free "
                + "framework for modulating associative behavior in MLLMs.")).isFalse();
    }

    @Test
    void praiseOfHowWellItWorksIsNoDifferentia() {
        // Tune pages: "concise" and "sampling efficient" praise; the kind is all that is left.
        assertThat(definitionOf("To model these temporal dynamics, we propose TF-CoVR-Base, a concise two-stage "
                + "training framework: (i) pre-train a video encoder on fine-grained action classification to obtain "
                + "temporally discriminative embeddings; (ii) align the composed query with candidate videos using "
                + "contrastive learning.", "TF-CoVR-Base")).isNull();
        assertThat(DefinitionText.onlyNewKind("AR3PO is a sampling efficient RLVR algorithm.")).isTrue();
        // A kind with what it holds, or a praised kind with what it does, stays.
        assertThat(DefinitionText.onlyNewKind("Nymeria is a large-scale dataset of real-world egocentric video and "
                + "body pose capture.")).isFalse();
        assertThat(definitionOf("We introduce Nymeria, a large-scale dataset of real-world egocentric video and body "
                + "pose capture.", "Nymeria")).isEqualTo("Nymeria is a large-scale dataset of real-world egocentric "
                + "video and body pose capture.");
    }

    @Test
    void aKindThatSaysTooLittleIsContinuedByTheNextSentenceAboutTheTerm() {
        // Tune page: the first sentence is genus, novelty, a task and a boast; the second says what FlowSeek does.
        assertThat(definitionOf("We present FlowSeek, a novel framework for optical flow requiring minimal hardware "
                + "resources for training. FlowSeek marries the latest advances on the design space of optical flow "
                + "networks with cutting-edge single-image depth foundation models and classical low-dimensional "
                + "motion parametrization, implementing a compact, yet accurate architecture.", "FlowSeek"))
                .isEqualTo("FlowSeek is a novel framework for optical flow requiring minimal hardware resources for "
                        + "training. FlowSeek marries the latest advances on the design space of optical flow networks "
                        + "with cutting-edge single-image depth foundation models and classical low-dimensional motion "
                        + "parametrization, implementing a compact, yet accurate architecture.");
    }

    @Test
    void aCountOfUnnamedPartsAfterWhatItDoesIsCut() {
        // Tune page: "across three complementary perspectives" names none of them; what is left says little, and
        // with a kind called comprehensive it is no definition (judged weak; ProblemPurposeTest).
        assertThat(definitionOf("To this end, we introduce GIR-Bench, a comprehensive benchmark that evaluates unified "
                + "models across three complementary perspectives. Firstly, we investigate understanding-generation "
                + "consistency (GIR-Bench-UGC), asking whether models can consistently leverage the same knowledge in "
                + "both understanding and generation tasks.", "GIR-Bench")).isNull();
    }

    @Test
    void aNamedKindIsContinuedToItsPurpose() {
        // Tune page: the purpose after the name and its short form says what the strategy is for.
        assertThat(definitionOf("Lastly, we introduce a mixed-precision quantization strategy dubbed outlier-preserving "
                + "quantization (OPQ) to address the distributional mismatch induced by outlier weights in block-wise "
                + "quantization.", "outlier-preserving quantization"))
                .isEqualTo("Outlier-preserving quantization is a mixed-precision quantization strategy to address the "
                        + "distributional mismatch induced by outlier weights in block-wise quantization.");
    }

    @Test
    void aClauseThatJudgesIsCut() {
        // Tune page: what the disorder is, then what it poses and leads to.
        assertThat(definitionOf("Alzheimers Disease (AD) is a progressive neurodegenerative disorder that poses "
                + "significant challenges in its early diagnosis, often leading to delayed treatment and poorer outcomes "
                + "for patients.", "Alzheimers Disease"))
                .isEqualTo("Alzheimers Disease (AD) is a progressive neurodegenerative disorder.");
    }

    @Test
    void partsNamedAfterTheTermItselfAreCut() {
        // Tune page: "composed of stacked WinMamba blocks" explains WinMamba by WinMamba.
        assertThat(DefinitionFinder.withoutCircularParts("WinMamba is a novel Mamba-based 3D feature-encoding backbone "
                + "composed of stacked WinMamba blocks.", "WinMamba"))
                .isEqualTo("WinMamba is a novel Mamba-based 3D feature-encoding backbone.");
        // What is left is a kind called new with nothing after it, however many its modifiers: no definition.
        assertThat(definitionOf("To address this problem, we propose WinMamba, a novel Mamba-based 3D feature-encoding "
                + "backbone composed of stacked WinMamba blocks.", "WinMamba")).isNull();
    }
}
