package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a card's papers write around its bracketed short form ({@link BracketEvidence}), and what the card rule of
 * {@link CardEvidence} makes of it, on sentences of the tune pages and the shipped corpus: a short form the paper
 * brackets keeps an undefined card, unless it names a part of the paper's own method.
 */
class BracketEvidenceTest {
    /** EQUISeg (tune page 2509.24505): two parts of the paper's own method, named in capitals with a short form. */
    private static final TunePage EQUISEG = new TunePage("250924505v1-robust-multimodal-semantic-segmentation#1",
            "Built upon a four-stage Cross-modal Transformer Block(CMTB), EQUISeg enables efficient multimodal fusion "
                    + "and hierarchical selection. Furthermore, we design a Self-guided Module(SGM) that mitigates "
                    + "modality imbalance by introducing a mutual guidance mechanism, enabling each modality to "
                    + "adaptively adjust its contribution and enhance robustness under degraded conditions.",
            "EQUISeg建立在四阶段的跨模态Transformer块(CMTB)之上，实现了高效的多模态融合和分层选择。此外，我们设计了一个自引导模块(SGM)，"
                    + "通过引入相互引导机制来缓解模态不平衡，使每个模态能够自适应地调整其贡献，并在退化条件下增强鲁棒性。");
    /** Tune page 2509.04973: the part noun after the bracket, and a Chinese-only card whose term is the short form. */
    private static final TunePage ROUTING = new TunePage("250904973v1-topology-aware-graph-reinforcement-learning#1",
            "The method builds a unified framework for state representation and structural evolution by integrating a "
                    + "Structure-Aware State Encoding (SASE) module and a Policy-Adaptive Graph Update (PAGU) "
                    + "mechanism.",
            "该方法通过集成结构感知状态编码（SASE）模块和策略自适应图更新（PAGU）机制，构建了一个统一的状态表示和结构演化框架。");
    /** Tune page 2506.11036: a strategy of the paper's own. */
    private static final TunePage PERSON = new TunePage("250611036v1-human-centered-interactive-learning#1",
            "Additionally, to address the limitation of low-quality training texts, we introduce a novel "
                    + "Reorganization Data Augmentation (RDA) strategy based on information enrichment and diversity "
                    + "enhancement to enhance query discriminability by enriching, decomposing, and reorganizing person "
                    + "descriptions.",
            "此外，针对低质量训练文本的限制，我们引入了一种新颖的数据重组增强（RDA）策略，通过丰富、分解和重组人物描述来增强查询的可区分性。");
    /** Tune page 2512.19673: a field's term in lower case before "components". */
    private static final TunePage BUPO = new TunePage("251219673v1-bottom-up-policy-optimization#1",
            "This decomposition reveals Internal Layer Policies, corresponding to contributions from individual "
                    + "layers, and Internal Modular Policies, which align with the self-attention and feed-forward "
                    + "network (FFN) components within each layer.",
            "这种分解揭示了内部层策略（对应于来自各个层的贡献）和内部模块策略（与每层内的自注意力和前馈网络（FFN）组件对齐）。");
    /** Tune page 2512.16911: the paper's method, a policy (策略 after the bracket is no part). */
    private static final TunePage POSTBC = new TunePage("251216911v1-posterior-behavioral-cloning#1",
            "Furthermore, this policy -- which we refer to as the posterior behavioral cloning (PostBC) policy -- "
                    + "achieves this while ensuring pretrained performance is no worse than that of the BC policy.",
            "因此，提出后验行为克隆(PostBC)策略，该策略训练模型来模拟给定演示数据集的演示者行为的后验分布。");
    private static final List<Document> DOCS = TunePage.docs(EQUISEG, ROUTING, PERSON, BUPO, POSTBC);

    @Test
    void aPartOfThePapersOwnMethodIsNoCardWithoutADefinition() {
        Card block = EQUISEG.card("Cross-modal Transformer Block", "跨模态Transformer块", "CMTB");
        Card module = EQUISEG.card("Self-guided Module", "自引导模块", "SGM");
        Card update = ROUTING.card("Policy-Adaptive Graph Update", "策略自适应图更新", "PAGU");
        Card strategy = PERSON.card("Reorganization Data Augmentation", "数据重组增强", "RDA");
        // From the translation only: the English version names it in capitals, the Chinese one puts 模块 after it.
        Card sase = ROUTING.card("SASE", "集成结构感知状态编码", "SASE", Lang.ZH);

        for (Card c : List.of(block, module, update, strategy, sase)) {
            assertThat(kept(c)).as(c.term(Lang.EN)).isFalse();
        }
        // The same card with a definition stays; so does one another paper names too.
        Card defined = module.toBuilder().definition(Lang.EN, "A module that lets each modality adjust its "
                + "contribution through a mutual guidance mechanism.", DefinitionSource.ABSTRACT).build();
        assertThat(kept(defined)).isTrue();
        Card twice = module.toBuilder().addSource(TunePage.source(BUPO.paper(), Lang.EN, BUPO.en())).build();
        assertThat(kept(twice)).isTrue();
    }

    @Test
    void aFieldsTermOrThePapersPolicyKeepsItsShortForm() {
        Card ffn = BUPO.card("feed-forward network", "前馈网络", "FFN");
        Card postbc = POSTBC.card("posterior behavioral cloning", "后验行为克隆", "PostBC");
        Card zhPostbc = POSTBC.card("PostBC", "PostBC", "PostBC", Lang.ZH);

        assertThat(kept(ffn)).isTrue();
        assertThat(kept(postbc)).isTrue();
        assertThat(kept(zhPostbc)).isTrue();
        assertThat(BracketEvidence.isCapitalised("Influence Scope of Agents")).isTrue();
        assertThat(BracketEvidence.isCapitalised("feed-forward network")).isFalse();
    }

    /** The shipped corpus: a short form, then its long form in brackets, is a short form the paper brackets. */
    @Test
    void aLongFormBracketedAfterItsShortFormKeepsAnUndefinedCard() {
        TunePage hac = new TunePage("001_0e47378bd9dc223c#2", "HAC-Net (Hybrid Attention-Based Convolutional Neural "
                + "Network) obtains state-of-the-art results on the PDBbind v.2016 core set, the most widely "
                + "recognized benchmark in the field.", null);
        Card net = hac.card("Hybrid Attention-Based Convolutional Neural Network", "混合基于注意力卷积神经网络",
                "HAC-Net");
        Map<String, Document> byId = Map.of(hac.paper(), hac.docs().get(0));

        assertThat(CardEvidence.evidence(net, byId, Map.of(hac.paper(), Set.of(Lang.EN)), Set.of()))
                .contains(CardEvidence.Evidence.SHORT_FORM);
        assertThat(BracketEvidence.bracketed(net, byId)).isTrue();
    }

    private static boolean kept(Card c) {
        return CardEvidence.apply(List.of(c), List.of(c), DOCS).cards().contains(c);
    }
}
