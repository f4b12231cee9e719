package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An alias names the card's concept, never a narrower or a cut one: forms seen on cards of the tune split's deck
 * (arXiv 2511.20216 residual RL, 2510.20322 sparse autoencoders, 2510.03880 explainable IQA, 2511.13102 equivariant
 * representation learning).
 */
class AliasScopeTest {

    @Test
    void aLongerEnglishTermThatHoldsTheTermIsAnotherConcept() {
        assertThat(AliasScope.isOtherConcept("Residual Reinforcement Learning", "reinforcement learning")).isTrue();
        assertThat(AliasScope.isOtherConcept("user-item cross representations", "cross representation")).isTrue();
    }

    @Test
    void theTermWithWordsLeftOutOrTheEndOfOneOfItsWordsIsAnotherConcept() {
        assertThat(AliasScope.isOtherConcept("equivariant learning", "equivariant representation learning")).isTrue();
        assertThat(AliasScope.isOtherConcept("neural radiance", "neural radiance field")).isTrue();
        assertThat(AliasScope.isOtherConcept("encoder", "Sparse Autoencoder")).isTrue();
    }

    @Test
    void spellingsPluralsAndShortFormsOfTheTermAreAliases() {
        assertThat(AliasScope.isOtherConcept("Large Language Models", "large language model")).isFalse();
        assertThat(AliasScope.isOtherConcept("multi-modal large language model", "multimodal large language model"))
                .isFalse();
        assertThat(AliasScope.isOtherConcept("SAEs", "Sparse Autoencoder")).isFalse();
    }

    @Test
    void aChineseFormWithWordsPutAroundAnotherIsNoAlias() {
        // 可解释图像质量评估（IQA） on the card of 图像质量评价, beside the corpus's 图像质量评估; 残差强化学习 beside 强化学习.
        assertThat(AliasScope.widens("可解释图像质量评估", "图像质量评估")).isTrue();
        assertThat(AliasScope.widens("残差强化学习", "强化学习")).isTrue();
        assertThat(AliasScope.widens("大语言模型", "大型语言模型")).isFalse();
        assertThat(AliasScope.widens("文本到图像的行人重识别", "文本到图像行人重识别")).isFalse();
    }

    @Test
    void anotherKindOfTheSameHeadIsAnotherConcept() {
        // Tune page 2506.00136, "Diffusion autoencoders (DAs) are variants of diffusion generative models", beside
        // the seed corpus's "learning a variational autoencoder conditionally to the output of the predictor": two
        // kinds of autoencoder, no word of their modifiers shared.
        assertThat(AliasScope.isOtherConcept("diffusion autoencoder", "variational autoencoder")).isTrue();
        // A modifier shortened ("max drawdown" on the tune card "maximum drawdown") is the same kind.
        assertThat(AliasScope.isOtherConcept("max drawdown", "maximum drawdown")).isFalse();
        assertThat(AliasScope.isOtherConcept("lip-audio synchronization", "lip synchronization")).isFalse();
        assertThat(AliasScope.isOtherConcept("visual transformer", "vision transformer")).isFalse();
    }

    @Test
    void theTermsHeadAloneWrittenOutIsAnotherConcept() {
        // Tune page 2509.15097, "aligns with the principles of sustainable AI": "Artificial Intelligence" is AI, not
        // sustainable AI.
        assertThat(AliasScope.isOtherConcept("Artificial Intelligence", "sustainable AI")).isTrue();
        assertThat(AliasScope.isOtherConcept("sustainable artificial intelligence", "sustainable AI")).isFalse();
    }

    @Test
    void ofTwoChineseFormsOneHoldingTheOtherTheOneThatStartsAsTheTermDoesIsTheAlias() {
        // Tune page 2506.10378: "controlling for the base model as a common confounder" / 通过控制基础模型作为共同混杂因素;
        // the card "confounder" is 混杂因子. 因素 ("factor") beside 混杂因素 leaves the modifier out.
        List<String> forms = List.of("混杂因素", "因素");
        assertThat(AliasScope.outranked("因素", forms, "混杂因子")).isTrue();
        assertThat(AliasScope.outranked("混杂因素", forms, "混杂因子")).isFalse();
        // The wider form goes when it does not start as the term does (explainable IQA, 2510.03880).
        List<String> iqa = List.of("可解释图像质量评估", "图像质量评估");
        assertThat(AliasScope.outranked("可解释图像质量评估", iqa, "图像质量评价")).isTrue();
        assertThat(AliasScope.outranked("图像质量评估", iqa, "图像质量评价")).isFalse();
    }
}
