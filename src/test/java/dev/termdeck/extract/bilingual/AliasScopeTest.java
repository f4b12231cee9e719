package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

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
}
