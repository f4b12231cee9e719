package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Chinese definition cues on real sentences: the Chinese versions of development abstracts (arXiv 2025, the tuning
 * half only) and of the shipped corpus; each cue kind that defines and each kind that must not.
 */
class ChineseDefinitionCuesTest {
    private static final HanLpTermExtractor EXTRACTOR = new HanLpTermExtractor(HanLpChinese.get(),
            HanLpTermExtractorTest.GLOSSARY);

    // ---- cues that define

    @Test
    void aPurposeThatPointsBackIsCut() {
        assertThat(definitionOf("本文提出了MambaStyle，这是一种高效的单阶段编码器方法，利用视觉状态空间模型（VSSMs）来解决这些挑战。",
                "MambaStyle")).isEqualTo("MambaStyle是一种高效的单阶段编码器方法，利用视觉状态空间模型（VSSMs）。");
    }

    @Test
    void shiZhiFromTheTermOnWithoutTheJudgementAfter() {
        assertThat(definitionOf("在大型语言模型（LLMs）中，视觉幻觉是指模型生成的响应与视觉输入不一致，这在需要精确和可靠输出的场景中构成了重大挑战。",
                "视觉幻觉")).isEqualTo("视觉幻觉是指模型生成的响应与视觉输入不一致。");
    }

    @Test
    void shiYiZhongWithAMeans() {
        assertThat(definitionOf("知识蒸馏（KD）是一种将大型深度学习模型压缩为适合边缘设备的小型网络的有效技术。", "知识蒸馏"))
                .isEqualTo("知识蒸馏（KD）是一种将大型深度学习模型压缩为适合边缘设备的小型网络的有效技术。");
    }

    @Test
    void chengWeiAfterTheKindItNames() {
        assertThat(definitionOf("我们的方法基于一种简单而有效的增强技术，称为类内补丁交换增强，通过生成具有不同置信度的类内样本对，模拟单一模型中的教师-学生动态。",
                "类内补丁交换增强")).isEqualTo("类内补丁交换增强是一种简单而有效的增强技术，通过生成具有不同置信度的类内样本对，模拟单一模型中的教师-学生动态。");
    }

    @Test
    void jiFollowedByWhatTheTermIs() {
        assertThat(definitionOf("然而，当直接用于步级探索时，VLMs常常表现出边界振荡，即由过度自信和错误校准导致的不稳定的来回移动，从而导致低效的导航和降低的答案质量。",
                "边界振荡")).startsWith("边界振荡即由过度自信和错误校准导致的不稳定的来回移动");
    }

    @Test
    void appositionOfANameTheTextProposes() {
        assertThat(definitionOf("我们提出了DEMO，一个基于流匹配的生成框架，用于音频驱动的说话人像视频合成，它可以对嘴唇运动、头部姿势和眼睛注视进行解耦和高保真控制。",
                "DEMO")).startsWith("DEMO是一个基于流匹配的生成框架，用于音频驱动的说话人像视频合成");
    }

    @Test
    void whatAnIntroducedNameIsForOrHowItWorks() {
        // Tune pages: 提出了X（ABBR），旨在……; 提出DISTWAR，旨在……; a term with its short form opening the sentence, 旨在…….
        assertThat(definitionOf("本文提出了音频-视觉世界模型（AVWM），旨在模拟环境动态，使智能体能够规划和推理未来状态。", "音频-视觉世界模型"))
                .isEqualTo("音频-视觉世界模型旨在模拟环境动态，使智能体能够规划和推理未来状态。");
        assertThat(definitionOf("本文提出DISTWAR，旨在解决GPU上梯度计算阶段的瓶颈，主要通过优化原子操作来提高效率。", "DISTWAR"))
                .isEqualTo("DISTWAR旨在解决GPU上梯度计算阶段的瓶颈，主要通过优化原子操作来提高效率。");
        // Only the problem it answers, without how: no definition (the judges: motivation only is weak).
        assertThat(definitionOf("本文提出DISTWAR，旨在解决GPU上梯度计算阶段的瓶颈。", "DISTWAR")).isNull();
        // Tune page (MNN-LLM): only the effect it claims, continued by the next sentence that says how.
        assertThat(definitionOf("本文提出了MNN-LLM框架，旨在加速大语言模型在移动设备上的部署。", "MNN-LLM")).isNull();
        assertThat(definitionOf("本文提出了MNN-LLM框架，旨在加速大语言模型在移动设备上的部署。MNN-LLM通过模型量化和DRAM-Flash"
                + "混合存储来降低内存使用，并根据移动CPU指令集和GPU特性重新排列权重和输入，同时采用多核负载均衡、混合精度浮点运算和几何计算等"
                + "策略来提升性能。", "MNN-LLM")).isEqualTo("MNN-LLM旨在加速大语言模型在移动设备上的部署。MNN-LLM通过模型量化和"
                + "DRAM-Flash混合存储来降低内存使用，并根据移动CPU指令集和GPU特性重新排列权重和输入，同时采用多核负载均衡、混合精度浮点运算和"
                + "几何计算等策略来提升性能。");
        assertThat(definitionOf("引用视频物体分割（RVOS）旨在根据语言描述对视频中的目标对象进行分割。", "引用视频物体分割"))
                .isEqualTo("引用视频物体分割旨在根据语言描述对视频中的目标对象进行分割。");
    }

    @Test
    void chengWeiWithAPronounOrAMeansAfterTheName() {
        // Tune pages: 称为X，它可以通过……; 称为X（AND），该数据集包含…….
        assertThat(definitionOf("具体来说，我们提出了一种用于MLLM的高效训练范式，称为HyperET，它可以通过双曲空间中的动态双曲半径调整来优化视觉表示，"
                + "使其与文本对应物在任意粒度级别上对齐。", "HyperET")).isEqualTo("HyperET是一种用于MLLM的高效训练范式，它可以通过双曲空间中的"
                + "动态双曲半径调整来优化视觉表示，使其与文本对应物在任意粒度级别上对齐。");
        assertThat(definitionOf("我们进一步贡献了一个数据收集管道，并通过该方法收集了一个数据集，称为Aria导航数据集（AND），该数据集包含用户在现实场景中导航的4小时录音。",
                "Aria导航数据集")).isEqualTo("Aria导航数据集是一个数据集，包含用户在现实场景中导航的4小时录音。");
    }

    @Test
    void aNameGivenToWhatTheSentenceBeforeProposed() {
        // The shipped corpus: 本文提出了……新方法。它称为TNW-CATE(……)
        assertThat(definitionOf("本文提出了一种估计条件平均治疗效果的新方法。它称为TNW-CATE(可训练的Nadaraya-Watson回归CATE),"
                + "并且基于以下假设:控制数量相当大,而处理的数量很少。", "TNW-CATE")).isEqualTo("TNW-CATE是一种估计条件平均治疗效果的新方法。");
    }

    @Test
    void citationsAreTrimmed() {
        assertThat(definitionOf("最近提出的一种称为思维链提示的策略使语言模型能够通过引导它们在给出最终答案之前产生一系列中间步骤来解决此类问题"
                + "(Cobbe等人,2021;Wei等人,2022b;Zhou等人,2022)。", "思维链提示")).doesNotContain("Cobbe").endsWith("问题。");
        assertThat(definitionOf("这种定性的改变也被称为相变——通过观察较小尺度的系统无法预见的整体行为的剧烈变化(Huberman & Hogg, 1987)。",
                "相变")).doesNotContain("Huberman").endsWith("剧烈变化。");
    }

    // ---- never a definition

    @Test
    void aPurposeClauseAfterACommaIsAboutTheSentencesSubject() {
        // The structure replaces the attention mechanism: the clause does not define it.
        assertThat(definitionOf("为此，我们提出了一种全新的动态双向空间塔结构，旨在替代传统的注意力机制，以增强模型的推理能力和空间关系理解。",
                "注意力机制")).isNull();
    }

    @Test
    void praiseATopicOrABareKindIsNoDefinition() {
        assertThat(definitionOf("贝叶斯优化(BO)是化学科学发现的强大工具，但其效率常受限于稀疏的实验数据和巨大的搜索空间。", "贝叶斯优化"))
                .isNull();
        assertThat(definitionOf("问题解决是推动人类进步的基本驱动力。", "问题解决")).isNull();
        assertThat(definitionOf("多模态融合是一种多媒体技术，已广泛应用于图像信息伴随信号/音频的任务中。", "多模态融合")).isNull();
    }

    @Test
    void aPurposeOfAPlainPhraseTheTextProposesIsNoDefinition() {
        // Tune pages: the paper's own method of that kind, not what the phrase means.
        assertThat(definitionOf("本文提出了一种拓扑感知的图强化学习方法，旨在解决云服务器环境中的路由策略优化问题。", "拓扑感知的图强化学习"))
                .isNull();
    }

    @Test
    void anItemOfANumberedListIsNoDefinition() {
        assertThat(definitionOf("我们的分析表明，这个问题源于联合扩散过程中的三个基本挑战：（1）对应漂移，即并发演化的噪声潜在变量阻碍了对齐的稳定学习。",
                "对应漂移")).isNull();
    }

    @Test
    void jiThatOnlyNamesAnotherTermIsNoDefinition() {
        assertThat(definitionOf("一种代表性算法，即群体相对策略优化（GRPO），通过对响应组内的结果奖励进行归一化来计算优势。", "代表性算法"))
                .isNull();
    }

    @Test
    void aQuestionIsNoDefinition() {
        assertThat(EXTRACTOR.extract(doc("然而，一个被忽视但可能强大的问题是：能否利用辅助的非配对多模态数据来直接增强目标模态中的表示学习？")))
                .allSatisfy(c -> assertThat(c.definition()).isNull());
    }

    /**
     * The definition the extractor gives {@code term}; {@code null} when it has none, and then the finder itself must
     * have found none for the term either (so that a term the extraction drops does not pass for a rejected cue).
     */
    @Test
    void genusAndNoveltyWithoutADifferentiaIsNoDefinition() {
        // Tune pages: 一种新的ANNS算法范式 says only that it is a new kind.
        assertThat(definitionOf("本文提出了CRINN，这是一种新的ANNS算法范式。", "CRINN")).isNull();
        // Unless the next sentence, about the term, says what it does (as an English definition continues).
        assertThat(definitionOf("本文提出了CRINN，这是一种新的ANNS算法范式。CRINN将ANNS优化视为一个强化学习问题，其中执行速度作为奖励信号。", "CRINN"))
                .isEqualTo("CRINN是一种新的ANNS算法范式。CRINN将ANNS优化视为一个强化学习问题，其中执行速度作为奖励信号。");
        assertThat(definitionOf("本文提出了CRINN，这是一种新的ANNS算法范式。CRINN的成功不仅限于ANNS优化。", "CRINN")).isNull();
        assertThat(ZhDefinitionText.onlyNewKind("FLoE是一种新颖的PEFT框架。")).isTrue();
        // Tune page (INR-Bench): the first, made for a task, comprehensive: praise and a purpose, as in English.
        assertThat(definitionOf("在此分析的基础上，我们推出了INR-Bench，这是第一个专门为多模态INR任务设计的综合基准。", "INR-Bench"))
                .isNull();
        assertThat(ZhDefinitionText.onlyNewKind("INR-Bench是第一个专门为多模态INR任务设计的综合基准。")).isTrue();
        // Tune page (GIR-Bench): a comprehensive benchmark evaluating across three unnamed views, as in English.
        assertThat(definitionOf("为此，本文提出了GIR-Bench，一个全面的基准，评估统一模型在三个互补视角下的表现。", "GIR-Bench"))
                .isNull();
        assertThat(ZhDefinitionText.onlyNewKind("HOLLM是一种新颖的全球优化算法，通过将搜索空间划分为有前景的子区域来增强LLM驱动的采样。"))
                .isFalse();
        // Praise of how well it works (简洁, 高效) sets nothing apart either (the fourth judging's weak kind).
        assertThat(ZhDefinitionText.onlyNewKind("TF-CoVR-Base是一个简洁的两阶段训练框架。")).isTrue();
        assertThat(definitionOf("为建模这些时间动态，提出了TF-CoVR-Base，一个简洁的两阶段训练框架，显著提升了检索性能。",
                "TF-CoVR-Base")).isNull();
        assertThat(ZhDefinitionText.onlyNewKind("HyperET是一种用于MLLM的高效训练范式，它可以通过双曲空间中的动态双曲半径调整来优化视觉表示。"))
                .isFalse();
    }

    @Test
    void aLatinNameAfter名为WithItsKindAndWhatItDoes() {
        // Tune pages: 一种名为X的Y，(该Y)通过/利用…… says what X is and does.
        assertThat(definitionOf("本文介绍了一种名为VeriPPA的新框架，该框架利用大型语言模型（LLM）优化功耗、性能和面积（PPA），"
                + "并生成精确的Verilog代码用于电路设计。", "VeriPPA"))
                .isEqualTo("VeriPPA是一种新框架，该框架利用大型语言模型（LLM）优化功耗、性能和面积（PPA），并生成精确的Verilog代码用于电路设计。");
        assertThat(definitionOf("本文建立了DAs与另一类扩散模型之间的联系，提出了一种名为DMZ的模型，通过优化潜变量选择和条件方法等设计决策，"
                + "能够在下游任务中获得有效的表示，并在建模和生成效率上优于标准扩散模型，减少去噪步骤。", "DMZ"))
                .startsWith("DMZ是一种模型，通过优化潜变量选择和条件方法等设计决策，能够在下游任务中获得有效的表示");
    }

    @Test
    void aDatasetTheTextBuildsAndWhatItHolds() {
        // Tune page: 构建了X数据集，包含…… (the English version defines AVW-4k; now the Chinese does too).
        assertThat(definitionOf("为了解决缺乏合适训练数据的问题，构建了AVW-4k数据集，包含76个室内环境中30小时的双耳音频-视觉轨迹，带有动作注释和奖励信号。",
                "AVW-4k")).isEqualTo("AVW-4k是一个数据集，包含76个室内环境中30小时的双耳音频-视觉轨迹，带有动作注释和奖励信号。");
    }

    @Test
    void partsNamedAfterTheTermItselfAreCut() {
        // Tune page: 由堆叠的WinMamba块组成 explains WinMamba by WinMamba; what is left, a kind called new with no means
        // in it (基于……的 only modifies the kind), says nothing either.
        assertThat(definitionOf("为了解决这个问题，我们提出了WinMamba，一种新颖的基于Mamba的3D特征编码骨干网络，由堆叠的WinMamba块组成。",
                "WinMamba")).isNull();
        assertThat(ZhDefinitionText.onlyNewKind("WinMamba是一种新颖的基于Mamba的3D特征编码骨干网络。")).isTrue();
        // Tune page (SimPEL): a kind with a means in it says what the method does.
        assertThat(ZhDefinitionText.onlyNewKind("SimPEL是一种将第一性原理模型与数据驱动学习相结合的方法。")).isFalse();
    }

    @Test
    void aKindCalledNewWithNoMeansGoesOnWithTheSentenceAboutItsKind() {
        // Tune page (GEN-AFFECT): 该框架 is the framework just named, and its sentence says how, as the English side's
        // "The framework proposes conditioning ..." does.
        assertThat(definitionOf("我们提出了GEN-AFFECT，一个新颖的个性化头像生成框架，能够生成富有表现力且身份一致的头像，涵盖多样的面部表情。"
                + "该框架通过对提取的身份-表情表示进行多模态扩散变换器的条件化，确保身份的保持和多种面部表情的表现。", "GEN-AFFECT"))
                .isEqualTo("GEN-AFFECT是一个新颖的个性化头像生成框架，能够生成富有表现力且身份一致的头像，涵盖多样的面部表情。"
                        + "该框架通过对提取的身份-表情表示进行多模态扩散变换器的条件化，确保身份的保持和多种面部表情的表现。");
        // A definition that says how already, or a kind the next sentence does not name, stops.
        assertThat(NextSentence.ofItsKind("PhysRig是一个可微分的基于物理的皮肤绑定和装配框架，将刚性骨架嵌入体积表示中。",
                "该框架通过物理模拟实现更自然的变形。")).isNull();
        assertThat(NextSentence.ofItsKind("GEN-AFFECT是一个新颖的个性化头像生成框架，能够生成富有表现力且身份一致的头像。",
                "该方法通过对提取的身份-表情表示进行条件化。")).isNull();
    }

    @Test
    void aMeansLeftWithoutItsBackPointingMainClauseIsSaidAsWhatTheThingDoes() {
        // Tune pages: the main clause (克服了这些局限性) points back and is cut; 通过…… alone would dangle, and the bare
        // kind would say less than the English ("a ... framework that works by embedding the rigid skeleton ...").
        assertThat(definitionOf("本文提出PhysRig，一个可微分的基于物理的皮肤绑定和装配框架，通过将刚性骨架嵌入体积表示（如四面体网格）中，"
                + "克服了这些局限性。", "PhysRig")).isEqualTo("PhysRig是一个可微分的基于物理的皮肤绑定和装配框架，将刚性骨架嵌入体积表示"
                + "（如四面体网格）中。");
        // A means with no verb of its own still dangles and is cut.
        assertThat(ZhDefinitionText.clean("PhysRig是一个可微分的基于物理的皮肤绑定和装配框架，通过体积表示，克服了这些局限性。", 10))
                .isEqualTo("PhysRig是一个可微分的基于物理的皮肤绑定和装配框架。");
    }

    private static String definitionOf(String text, String term) {
        List<TermCandidate> cs = EXTRACTOR.extract(doc(text));
        Optional<TermCandidate> c = cs.stream().filter(t -> t.text().equals(term)).findFirst();
        String def = c.map(TermCandidate::definition).orElse(null);
        if (def == null) {
            String simplified = HanLpChinese.get().toSimplified(text);
            List<ZhDefinition> found = new DefinitionFinder().find(new ZhText(simplified,
                    HanLpChinese.get().segment(simplified)));
            assertThat(found).noneMatch(d -> term.equals(d.term()));
        }
        return def;
    }

    private static Document doc(String text) {
        return new Document("z#1", "z.txt", Lang.ZH, null, text);
    }
}
