package dev.termdeck.extract.en;

import static dev.termdeck.extract.en.EnglishCues.candidate;
import static dev.termdeck.extract.en.EnglishCues.definitionOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cue of {@link RelativeClauseCue} on real sentences (tune pages, some shortened): a subject relative clause of a
 * term the text introduces, and the clauses that do not define it.
 */
class RelativeClauseCueTest {
    @Test
    void aRelativeClauseOfAnItemOfAnAnnouncedList() {
        // Tune pages: a counted plural and a colon announce the items; each item's clause ends where the next begins.
        String techniques = "To address this issue, we propose Adaptive Rollout and Response Reuse Policy Optimization "
                + "(AR3PO), a sampling efficient RLVR algorithm that introduces two novel techniques: adaptive rollout, "
                + "which dynamically allocates more responses to difficult prompts while saving computation on easier "
                + "ones, and response reuse, which leverages previously generated correct responses to provide useful "
                + "training signals.";
        assertThat(definitionOf(techniques, "adaptive rollout")).isEqualTo("Adaptive rollout dynamically allocates more "
                + "responses to difficult prompts while saving computation on easier ones.");
        assertThat(definitionOf(techniques, "response reuse")).isEqualTo("Response reuse leverages previously generated "
                + "correct responses to provide useful training signals.");
        String components = "The metric is built by multiplying three orthogonal components derived from these "
                + "coefficients: Magnitude, which quantifies similarities in the energy distribution of the coefficients, "
                + "i.e., the intensity of the field; Displacement, which captures spatial shift by comparing the centers "
                + "of mass of normalized energy distributions; and Structure, which assesses pattern organization "
                + "independent of location and amplitude.";
        assertThat(definitionOf(components, "Displacement")).isEqualTo("Displacement captures spatial shift by comparing "
                + "the centers of mass of normalized energy distributions.");
        assertThat(definitionOf(components, "Structure")).isEqualTo("Structure assesses pattern organization independent "
                + "of location and amplitude.");
        // Not announced as a list: a relative clause about a term the text does not introduce.
        assertThat(definitionOf("Our work is based on FruitNeRF, which employs a neural semantic field combined with a "
                + "fruit-specific clustering approach.", "neural semantic field")).isNull();
    }

    @Test
    void aRelativeClauseOfANameTheTextIntroduces() {
        assertThat(definitionOf("We propose Diffusion-Denoised Hyperspectral Gaussian Splatting (DD-HGS), which "
                + "enhances the state-of-the-art 3D Gaussian Splatting (3DGS) method with wavelength-aware spherical "
                + "harmonics.", "Diffusion-Denoised Hyperspectral Gaussian Splatting"))
                .isEqualTo("Diffusion-Denoised Hyperspectral Gaussian Splatting enhances the state-of-the-art 3D "
                        + "Gaussian Splatting (3DGS) method with wavelength-aware spherical harmonics.");
        // A term the dictionary does not know, introduced with its short form.
        assertThat(definitionOf("Of particular interest are conditional generative adversarial networks (cGANs), "
                + "which allow you to divide images into several classes.", "conditional generative adversarial "
                + "network")).isEqualTo("Conditional generative adversarial networks allow you to divide images into "
                + "several classes.");
    }

    @Test
    void aRelativeClauseWhoseVerbTheTaggerMayTakeForANoun() {
        assertThat(definitionOf("To address these issues, we propose an Interactive Cross-modal Learning framework "
                + "(ICL), which leverages human-centered interaction to enhance the discriminability of text queries "
                + "through external multimodal knowledge.", "Interactive Cross-modal Learning framework"))
                .isEqualTo("Interactive Cross-modal Learning framework leverages human-centered interaction to enhance "
                        + "the discriminability of text queries through external multimodal knowledge.");
    }

    @Test
    void aRelativeClauseThatOnlyNamesItsMeansIsNoDefinition() {
        // Tune pages: "which employs ..." says how, not what or what for; with a purpose it stays.
        assertThat(definitionOf("We present the MasonNLP system, which employs a general-domain, instruction-tuned large "
                + "language model with a retrieval-augmented generation (RAG) framework that incorporates textual and "
                + "visual examples from in-domain data.", "MasonNLP system")).isNull();
        assertThat(definitionOf("To address these issues, we propose an Interactive Cross-modal Learning framework "
                + "(ICL), which leverages human-centered interaction to enhance the discriminability of text queries "
                + "through external multimodal knowledge.", "Interactive Cross-modal Learning framework"))
                .startsWith("Interactive Cross-modal Learning framework leverages human-centered interaction to enhance");
    }

    @Test
    void aRelativeClauseAboutSomethingElseOrAboutThePapersUseIsNoDefinition() {
        assertThat(definitionOf("Most existing approaches also lack an explicit measure of anomaly intensity, which "
                + "limits their ability to quantify the severity of manipulation.", "anomaly intensity")).isNull();
        String vae = "One possible exception is the variational autoencoder (VAE), which adopts a stochastic encoder "
                + "module capable of producing sparse representations when applied to manifold data.";
        assertThat(definitionOf(vae, "variational autoencoder", true)).isNull();
        assertThat(candidate(vae, "variational autoencoder").definition()).isNull();
    }

    @Test
    void aRelativeClauseAfterTheShortFormAndTheKind() {
        // Tune page: the kind ("module") comes after the short form, then the relative clause.
        assertThat(definitionOf("To achieve this, we propose a plug-and-play Test-time Humane-centered Interaction "
                + "(THI) module, which performs visual question answering focused on human characteristics, "
                + "facilitating multi-round interactions with a multimodal large language model (MLLM) to align query "
                + "intent with latent target images.", "Test-time Humane-centered Interaction"))
                .startsWith("Test-time Humane-centered Interaction performs visual question answering focused on human "
                        + "characteristics");
    }

    @Test
    void aRelativeClauseNamingAFeatureIsNoDefinition() {
        // Tune page: what the software supports, not what it is.
        assertThat(definitionOf("Meanwhile, we develop a PyQt5-based interactive software, which supports point, box, "
                + "and text-based prompts.", "PyQt5-based interactive software")).isNull();
    }
}
