package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Latin names written with signs in Chinese text ({@link LatinNames}), on tune translations: plus signs that end a name
 * (arXiv 2505.19863, FruitNeRF++), and a letter with an asterisk that is a variable, not a name (arXiv 2505.02288,
 * 价值函数V*). A name may hold superscript digits and end in one asterisk as an English word may, so that no piece of it
 * after or before the sign is a name of its own.
 */
class LatinNameSignsTest {
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(HanLpTermExtractorTest.ZH,
            HanLpTermExtractorTest.GLOSSARY);

    @Test
    void plusSignsEndingANameArePartOfIt() {
        List<TermCandidate> c = extract("我们提出了FruitNeRF++，一种新颖的水果计数方法，结合了对比学习和神经辐射场，从非结构化的果园照片中计数水果。我" 
                + "们的工作基于FruitNeRF，后者采用了神经语义场和特定水果的聚类方法。由于每种水果类型的适应性要求限制了该方法的适用" 
                + "性，因此我们设计了一个形状无关的多水果计数框架，利用视觉基础模型预测的实例掩码来补充RGB和语义数据。这些掩码用于将每个" 
                + "水果的身份编码为实例嵌入到神经实例场中。通过对神经场进行体积采样，我们提取了嵌入实例特征的点云，可以以无水果特定方式进行" 
                + "聚类以获得水果计数。我们在合成数据集和真实世界基准苹果数据集上评估了我们的方法，结果表明FruitNeRF++更易于控制" 
                + "，并且与其他最先进的方法相比表现良好。");

        assertThat(c).anyMatch(t -> t.text().equals("FruitNeRF++"));
    }

    @Test
    void aLetterWithAnAsteriskIsAVariableNotAName() {
        List<TermCandidate> c = extract("本文通过随机控制和前后向随机微分方程（FBSDEs）建立了一个分析深度Q网络（DQN）的连续时间框架。考虑由平方可积鞅驱" 
                + "动的连续时间马尔可夫决策过程（MDP），我们分析了DQN的逼近性质。研究表明，DQN能够在紧致集上以任意精度和高概率逼近" 
                + "最优Q函数，利用残差网络逼近定理和状态-动作过程的大偏差界限。我们还分析了在此设置下训练DQN的一般Q学习算法的收敛性，" 
                + "适应了随机逼近定理。本文强调了DQN层数、时间离散化与粘性解（主要针对价值函数V*）之间的相互作用，以解决最优Q函数可能" 
                + "存在的非光滑性问题。该研究将深度强化学习与随机控制相结合，为连续时间环境下的DQN提供了新的见解，适用于物理系统或高频数" 
                + "据的应用。");

        assertThat(c).noneMatch(t -> t.text().equals("V*") || t.text().equals("V"));
    }

    private List<TermCandidate> extract(String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.ZH, null, text));
    }
}
