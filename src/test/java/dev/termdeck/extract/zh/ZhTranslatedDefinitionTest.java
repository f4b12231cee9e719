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
    void theKindBeforeADashAndAPronounThatRepeatsIt() {
        // Tune pages: 一种……范例——X（ABBR），该范例……; 一种新颖的框架——X（ABBR），通过…….
        assertThat(ZhTranslatedDefinition.of("受这些发现的启发，我们提出了一种新颖的强化学习范例——自底向上策略优化（BuPO），该范例直接优化早期训练期间的内部层策略。",
                List.of("自底向上策略优化", "BuPO"))).isEqualTo("自底向上策略优化是一种新颖的强化学习范例，直接优化早期训练期间的内部层策略。");
        assertThat(ZhTranslatedDefinition.of("本文提出了一种新颖的框架——强化学习辅助集成（RLAE），通过马尔可夫决策过程（MDP）重新构建LLM集成。",
                List.of("强化学习辅助集成", "RLAE"))).isEqualTo("强化学习辅助集成是一种新颖的框架，通过马尔可夫决策过程（MDP）重新构建LLM集成。");
    }

    @Test
    void theShortFormInBracketsAfterALongFormTheDashGivesItsKind() {
        // Tune pages: the card's Chinese side (含噪对齐) is not the text's long form; its short form says it is the same.
        assertThat(ZhTranslatedDefinition.of("本文提出了一种新的DPCL方法——噪声对齐（NA），该方法明确抑制中毒图像中的噪声成分，并通过对比学习的随机裁剪机制进行战略性操作。",
                List.of("含噪对齐", "NA"))).isEqualTo("含噪对齐是一种新的DPCL方法，明确抑制中毒图像中的噪声成分，并通过对比学习的随机裁剪机制进行战略性操作。");
    }

    @Test
    void whatAnIntroducedNameIsForWithoutAPronoun() {
        // Tune pages: 提出了X（ABBR）框架，通过……; 提出了一种X（ABBR），通过……; 提出了X框架，旨在……; 提出了TOAST（X）框架，旨在…….
        assertThat(ZhTranslatedDefinition.of("为此，本文提出了上下文感知稀疏时空学习（CSSL）框架，通过上下文感知阈值动态调节神经元激活，减少激活密度而无需显式稀疏约束。",
                List.of("上下文感知稀疏时空学习", "CSSL"))).isEqualTo("上下文感知稀疏时空学习通过上下文感知阈值动态调节神经元激活，减少激活密度而无需显式稀疏约束。");
        assertThat(ZhTranslatedDefinition.of("为了解决这些问题，本文提出了一种交互式跨模态学习框架（ICL），通过人本交互增强文本查询的可区分性。",
                List.of("交互式跨模态学习框架", "ICL"))).isEqualTo("交互式跨模态学习框架通过人本交互增强文本查询的可区分性。");
        // Only the effect it claims, with no means, says nothing either (ChineseDefinitionCuesTest: the next sentence).
        assertThat(ZhTranslatedDefinition.of("本文提出了MNN-LLM框架，旨在加速大语言模型在移动设备上的部署。", List.of("MNN-LLM")))
                .isNull();
        // ... but a purpose that names only the problem, through a count of unnamed parts, says nothing (judged weak).
        assertThat(ZhTranslatedDefinition.of("本文提出了TOAST（任务导向自适应语义传输）框架，旨在通过三个互补组件解决动态无线环境中的多任务优化核心挑战。",
                List.of("任务导向自适应语义传输", "TOAST"))).isNull();
        // A plain phrase of general words: no name, no short form.
        assertThat(ZhTranslatedDefinition.of("本文引入了谱表示的视角，旨在解决RL中的这些难题。", List.of("谱表示"))).isNull();
    }

    @Test
    void anItemOfAListACountAnnounces() {
        // Tune pages: the first occurrence of the name is in the method's name; the list item after the colon defines it.
        String techniques = "为了解决这个问题，我们提出了自适应Rollout和响应复用策略优化（AR3PO），这是一种采样高效的RLVR算法，引入了两项新技术："
                + "自适应Rollout，它动态地为困难的提示分配更多响应，同时节省简单提示的计算；以及响应复用，它利用先前生成的正确响应来提供有用的训练信号。";
        assertThat(ZhTranslatedDefinition.of(techniques, List.of("自适应Rollout")))
                .isEqualTo("自适应Rollout动态地为困难的提示分配更多响应，同时节省简单提示的计算。");
        String components = "该度量通过将从这些系数中导出的三个正交分量相乘构建：幅度（Magnitude），量化系数能量分布的相似性，即场的强度；"
                + "位移（Displacement），通过比较归一化能量分布的质心来捕获空间位移；以及结构（Structure），评估独立于位置和幅度的模式组织。";
        assertThat(ZhTranslatedDefinition.of(components, List.of("幅度", "Magnitude")))
                .isEqualTo("幅度量化系数能量分布的相似性，即场的强度。");
        assertThat(ZhTranslatedDefinition.of(components, List.of("结构", "Structure"))).isEqualTo("结构评估独立于位置和幅度的模式组织。");
        // The English name the Chinese text keeps in brackets: the Chinese word before it is the subject.
        assertThat(ZhTranslatedDefinition.of(components, List.of("Displacement")))
                .isEqualTo("位移通过比较归一化能量分布的质心来捕获空间位移。");
        // Not the clause that opens the sentence: the name stays the subject.
        assertThat(ZhTranslatedDefinition.of("我们引入了反向聚合（BAgger），这是一种自监督方案，它从模型自身的 rollout 中构建校正轨迹，从而教会模型从错误中恢复。",
                List.of("BAgger"))).startsWith("BAgger是一种自监督方案");
    }

    @Test
    void modelBasedIsNoPraise() {
        // 模型基础 is "model-based", not the evaluative 基础 ("basic").
        assertThat(ZhTranslatedDefinition.of("我们提出了大规模多任务模型基础策略优化（M3PO），这是一个可扩展的模型基础强化学习框架，旨在解决单任务设置中的样本效率低下和多任务领域中的泛化能力差的问题。",
                List.of("大规模多任务模型基础策略优化", "M3PO"))).startsWith("大规模多任务模型基础策略优化是一个可扩展的模型基础强化学习框架");
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
