package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import org.junit.jupiter.api.Test;

/** The signs of a definition found in the text that says less than a dictionary entry, on real sentences. */
class WeakDefinitionsTest {
    private static Card card(String en, String zh, String abbr) {
        Card.Builder b = Card.builder("c").term(Lang.EN, en).abbr(abbr);
        return (zh == null ? b : b.term(Lang.ZH, zh)).build();
    }

    @Test
    void aDefinitionThatDoesNotOpenWithTheTermIsTheSourceSentence() {
        // Seed corpus: the "i.e." cue gives the whole sentence.
        Card rlaif = card("RL from AI Feedback", null, "RLAIF");
        assertThat(WeakDefinitions.why(rlaif, Lang.EN, "We then train with RL using the preference model as the reward "
                + "signal, i.e. we use 'RL from AI Feedback' (RLAIF).")).isEqualTo("source sentence");
        // Tune pages (Lookout): the naming cue's sentence opens with the paper's pipeline, not the dataset.
        Card and = card("Aria Navigation Dataset", "Aria导航数据集", "AND");
        assertThat(WeakDefinitions.why(and, Lang.ZH, "进一步贡献了一个数据收集管道，并通过该方法收集了一个数据集，称为Aria导航数据集（AND），"
                + "该数据集包含用户在现实场景中导航的4小时录音。")).isEqualTo("source sentence");
        // Opening with the term, its other language's name or its short form is a statement about it.
        assertThat(WeakDefinitions.why(and, Lang.ZH, "Aria导航数据集是一个数据集，包含用户在现实场景中导航的4小时录音。")).isNull();
        assertThat(WeakDefinitions.why(card("AgentSense", "AgentSense", null), Lang.ZH,
                "AgentSense是一个虚拟数据生成管道，利用具身AI代理在模拟环境中执行日常活动。")).isNull();
        assertThat(WeakDefinitions.why(card("diffusion autoencoder", "扩散自编码器", "DA"), Lang.EN,
                "Diffusion autoencoders (DAs) are variants of diffusion generative models that use an input-dependent "
                        + "latent variable to capture representations alongside the diffusion process.")).isNull();
    }

    @Test
    void aDefinitionPointingBackToWhatItDoesNotNameIsWeak() {
        // Tune pages (MambaStyle), before the back-pointing purpose is cut: "these challenges" are not in the card.
        Card mambaStyle = card("MambaStyle", "MambaStyle", null);
        assertThat(WeakDefinitions.why(mambaStyle, Lang.EN, "MambaStyle is an efficient single-stage encoder-based "
                + "approach for GAN inversion and editing that leverages vision state-space models (VSSMs) to address "
                + "these challenges.")).isEqualTo("points back");
        // A noun the definition said before is no pointing back ("... paradigm ... . This paradigm ...").
        assertThat(WeakDefinitions.pointsBack("CRINN is a new paradigm for ANNS algorithms. This paradigm treats ANNS "
                + "optimization as a reinforcement learning problem.")).isFalse();
        // Tune pages (SIG): "such as" gives examples.
        assertThat(WeakDefinitions.pointsBack("Score-based Instruction Generation is a pipeline that scores "
                + "instructions such as navigation commands.")).isFalse();
        // Tune page (MambaStyle), the Chinese version before the back-pointing purpose is cut.
        assertThat(WeakDefinitions.why(mambaStyle, Lang.ZH, "MambaStyle是一种高效的单阶段编码器方法，利用视觉状态空间模型（VSSMs）"
                + "来解决这些挑战。")).isEqualTo("points back");
    }

    @Test
    void aKindWithOnlyAPurposeOrAnEffectIsWeak() {
        // Seed corpus.
        assertThat(WeakDefinitions.why(card("counterfactual explanation", "反事实解释", null), Lang.EN,
                "Counterfactual explanation is a common class of methods to make local explanations of machine "
                        + "learning decisions.")).isEqualTo("purpose only");
        assertThat(WeakDefinitions.why(card("Muse", null, null), Lang.EN, "Muse is a text-to-image Transformer model "
                + "that achieves state-of-the-art image generation performance while being significantly more "
                + "efficient than diffusion or autoregressive models.")).isEqualTo("purpose only");
        // Seed corpus: a clause on the noun after "of" says what the problem is.
        assertThat(WeakDefinitions.why(card("scalable oversight", null, null), Lang.EN, "Scalable oversight is the "
                + "problem of supervising systems that potentially outperform us on most skills relevant to the task at "
                + "hand.")).isNull();
        // Tune pages: contents before the purpose, or a clause saying what it does, define.
        assertThat(WeakDefinitions.why(card("S2I-Bench", null, null), Lang.EN, "S2I-Bench is a benchmark with 400 "
                + "open-ended questions to better evaluate the quality justification capacity of video LMMs.")).isNull();
        assertThat(WeakDefinitions.why(card("Backwards Aggregation", null, null), Lang.EN, "Backwards Aggregation is a "
                + "self-supervised scheme that constructs corrective trajectories from the model's own rollouts, "
                + "teaching it to recover from its mistakes.")).isNull();
    }

    @Test
    void aComparisonWithNothingNamedIsWeak() {
        // Seed corpus: smaller than what?
        assertThat(WeakDefinitions.why(card("DistilBERT", null, null), Lang.EN, "DistilBERT is a smaller "
                + "generalpurpose language representation model, which can then be finetuned with good performances on "
                + "a wide range of tasks like its larger counterparts.")).isEqualTo("comparison");
    }

    @Test
    void anEverydayWordDefinedByAVerbIsThePapersUseOfIt() {
        // Tune page (WaveSim): its three components, everyday words, each said by what the paper's metric does.
        Card magnitude = card("Magnitude", "幅度", null);
        assertThat(WeakDefinitions.why(magnitude, Lang.EN, "Magnitude quantifies similarities in the energy "
                + "distribution of the coefficients, i.e., the intensity of the field.")).isEqualTo("paper's use");
        assertThat(WeakDefinitions.why(magnitude, Lang.ZH, "幅度量化系数能量分布的相似性，即场的强度。")).isEqualTo("paper's use");
        // A copula says what the word means; a rare word or a name is no everyday word.
        assertThat(WeakDefinitions.why(magnitude, Lang.EN, "Magnitude is the size of a quantity, such as the length of "
                + "a vector.")).isNull();
        assertThat(WeakDefinitions.why(card("WaveSim", "WaveSim", null), Lang.EN, "WaveSim quantifies similarities of "
                + "spatial fields in weather and climate applications.")).isNull();
        assertThat(WeakDefinitions.everydayWord(card("Displacement", "位移", null))).isTrue();
        assertThat(WeakDefinitions.everydayWord(card("capacity planning", "产能规划", null))).isFalse();
    }

    @Test
    void theAuthorsInADefinitionAreThePapersSetup() {
        // Seed corpus (persona bias), as the 定义为 cue finds it.
        assertThat(WeakDefinitions.why(card("persona bias", "人格偏见", null), Lang.ZH,
                "人格偏见定义为我们观察到的响应的有害差异。")).isEqualTo("setup");
    }
}
