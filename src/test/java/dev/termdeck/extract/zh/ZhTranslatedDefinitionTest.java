package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Chinese definition of a term the English version defines, from the aligned Chinese sentences of development
 * pages (arXiv 2025, the tuning half; the last two from a deck of development pages, #13): taken only where they
 * define the same term, rewritten to say it.
 */
class ZhTranslatedDefinitionTest {
    @Test
    void anAppositionThatOnlyCallsTheKindNewIsNoDefinition() {
        // What is left once the counting tail and the list are cut: genus and novelty, no differentia.
        assertThat(ZhTranslatedDefinition.of("为了解决这些局限性，我们提出了FLoE，这是一种新颖的PEFT框架，介绍了两个关键创新："
                + "（i）基于Fisher信息的层重要性评分机制，动态识别任务关键的变换层。", List.of("FLoE"))).isNull();
    }

    @Test
    void theKindNamedBeforeOrAfterTheName() {
        assertThat(ZhTranslatedDefinition.of("本文提出了一种名为WaveSim的多尺度相似性度量方法，用于评估天气和气候应用中的空间场。",
                List.of("WaveSim"))).isEqualTo("WaveSim是一种多尺度相似性度量方法，用于评估天气和气候应用中的空间场。");
        assertThat(ZhTranslatedDefinition.of("为了解决这些问题，本文提出了一种新颖的全球优化算法HOLLM，通过将搜索空间划分为有前景的子区域来增强LLM驱动的采样。",
                List.of("HOLLM"))).isEqualTo("HOLLM是一种新颖的全球优化算法，通过将搜索空间划分为有前景的子区域来增强LLM驱动的采样。");
    }

    @Test
    void aShortFormInBracketsFollowedByZheShi() {
        assertThat(ZhTranslatedDefinition.of("作者实现了一个针对美元/新台币的交易代理，该代理集成了量子长短期记忆网络(QLSTM)用于短期趋势预测，"
                + "以及量子异步优势行动者-评论家算法(QA3C)，这是一种经典A3C算法的量子增强变体。该模型在2000-01-01至2025-04-30的数据上进行训练。",
                List.of("QA3C"))).isEqualTo("QA3C是一种经典A3C算法的量子增强变体。");
    }

    @Test
    void aCopulaAfterASettingAndWhatAnIntroducedMethodDoes() {
        assertThat(ZhTranslatedDefinition.of("在制造业中，产能规划是根据可变需求分配生产资源的过程。", List.of("产能规划")))
                .isEqualTo("产能规划是根据可变需求分配生产资源的过程。");
        assertThat(ZhTranslatedDefinition.of("为了克服这个问题，我们提出了物理信息奖励微调（PIRF），该方法通过计算轨迹级别的奖励并直接反向传播其梯度来绕过值近似。",
                List.of("物理信息奖励微调", "PIRF"))).isEqualTo("物理信息奖励微调通过计算轨迹级别的奖励并直接反向传播其梯度来绕过值近似。");
    }

    @Test
    void aSentenceAboutAnotherTermOrInPassingGivesNothing() {
        // The sentence proposes PIDG; 3D高斯溅射 is only what it improves on.
        assertThat(ZhTranslatedDefinition.of("本文提出物理信息可变形高斯溅射(PIDG)，旨在解决纯数据驱动的3D高斯溅射(3DGS)难以捕捉多样物理驱动运动模式的问题。",
                List.of("3D高斯溅射", "3DGS"))).isNull();
        assertThat(ZhTranslatedDefinition.of("我们在Nymeria数据集上训练了自回归条件扩散变换器，设计了分层评估协议以分析模型的预测和控制能力。",
                List.of("Nymeria"))).isNull();
    }

    @Test
    void whatTheTermIsForAsItsSentenceOpens() {
        assertThat(ZhTranslatedDefinition.of("等变表征学习旨在捕捉表征空间中由输入变换引起的变异，而不变表征学习则通过忽略这些变换来编码语义信息。",
                List.of("等变表征学习"))).startsWith("等变表征学习旨在捕捉表征空间中由输入变换引起的变异");
    }

    @Test
    void aPieceOfALongerWordIsNotTheTerm() {
        assertThat(ZhTranslatedDefinition.of("受这些发现的启发，我们提出了一种新颖的强化学习范例——自底向上策略优化（BuPO），该范例直接优化早期训练期间的内部层策略。",
                List.of("向上策略优化"))).isNull();
    }
}
