package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryDefinitionsTest {
    private static final Glossary GLOSSARY = Glossary.of(List.of(
            entry("generative adversarial network", "生成对抗网络", "GAN", "生成式对抗网络"),
            new GlossaryEntry("Transformer", "Transformer", null, List.of("变换器"), new Bilingual(
                    "A neural network architecture built from self-attention layers.", "由自注意力层构成的神经网络架构。")),
            entry("reinforcement learning from human feedback", "基于人类反馈的强化学习", "RLHF", null),
            entry("federated learning", "联邦学习", "FL", "联合学习"),
            entry("learning rate", "学习率", "LR", null),
            entry("local optimum", "局部最优解", null, "局部最优"),
            entry("covariance matrix", "协方差矩阵", null, null),
            entry("low resolution", "低分辨率", "LR", null),
            new GlossaryEntry("latent Dirichlet allocation", "潜在狄利克雷分配", "LDA", List.of(), new Bilingual(
                    "A generative topic model in which each document mixes topics.", "一种生成式主题模型。")),
            new GlossaryEntry("reward", "奖励", null, List.of(), new Bilingual(
                    "A scalar signal an environment returns to an agent.", "环境返回给智能体的标量信号。")),
            new GlossaryEntry("language model", "语言模型", "LM", List.of(), new Bilingual(
                    "A probability model over token sequences.", "词元序列上的概率模型。")),
            new GlossaryEntry("retrieval-augmented language model", "检索增强语言模型", null, List.of(), new Bilingual(
                    "A language model that reads retrieved passages.", "读取检索到的段落的语言模型。"))));
    private final GlossaryDefinitions definitions = new GlossaryDefinitions(GLOSSARY);

    private static GlossaryEntry entry(String en, String zh, String abbr, String variant) {
        return new GlossaryEntry(en, zh, abbr, variant == null ? List.of() : List.of(variant),
                new Bilingual("Definition of " + en + ".", en + "的定义。"));
    }

    private static Card card(String en, String zh) {
        return Card.builder("c").term(new Bilingual(en, zh)).build();
    }

    @Test
    void aTermWrittenAsTheEntryOrItsPluralTakesTheDictionarysDefinition() {
        assertThat(definitions.lookup(card("generative adversarial networks", null), Lang.EN))
                .isEqualTo(new dev.termdeck.extract.DefinitionDictionary.Entry(
                        "Definition of generative adversarial network.", DefinitionSource.DICTIONARY));
        assertThat(definitions.lookup(card("Generative Adversarial Network", null), Lang.ZH).text())
                .isEqualTo("generative adversarial network的定义。");
    }

    @Test
    void aLatinPluralTakesItsSingularsDefinition() {
        // Tune page: "Our work settles the complexity of finding local optima in various contrastive learning problems
        // by proving PLS-hardness ..."
        assertThat(definitions.lookup(card("local optima", "局部最优解"), Lang.EN).text())
                .isEqualTo("Definition of local optimum.");
        assertThat(definitions.lookup(card("covariance matrices", null), Lang.EN).text())
                .isEqualTo("Definition of covariance matrix.");
        assertThat(TermKeys.englishSingular("local minima")).isEqualTo(TermKeys.englishSingular("local minimum"));
        assertThat(TermKeys.englishSingular("mesh vertices")).isEqualTo(TermKeys.englishSingular("mesh vertex"));
        assertThat(TermKeys.englishSingular("practices")).isEqualTo("practice");
    }

    @Test
    void aChineseTermThatNamesANarrowerThingTakesNoEntry() {
        // Tune page (HOLLM): "LLMs have recently emerged as effective surrogate models and candidate generators within
        // global optimization frameworks" / "作为有效的替代模型和候选生成器": a card cut to "generator" whose Chinese says
        // candidate generator is not the GAN's generator.
        Glossary g = Glossary.of(List.of(new GlossaryEntry("generator", "生成器", null, List.of(), new Bilingual(
                "The network in a generative model, especially a GAN, that maps random noise or a condition to "
                        + "synthetic samples.", "生成模型中将随机噪声或条件映射为合成样本的网络。"))));
        GlossaryDefinitions d = new GlossaryDefinitions(g);
        assertThat(d.lookup(card("generator", "候选生成器"), Lang.EN)).isNull();
        assertThat(d.lookup(card("generator", "生成器"), Lang.EN)).isNotNull();
        assertThat(d.lookup(card("generator", null), Lang.EN)).isNotNull();
    }

    @Test
    void aNameIsNotMatchedThroughAPlural() {
        // Transformers, the library, is not the Transformer architecture.
        assertThat(definitions.lookup(card("Transformers", "Transformers"), Lang.EN)).isNull();
        assertThat(definitions.lookup(card("Transformer", null), Lang.EN)).isNotNull();
    }

    @Test
    void aShortFormTakesADefinitionOnlyWhenOneEntryHasIt() {
        assertThat(definitions.lookup(card("RLHF", null), Lang.EN)).isNotNull();
        assertThat(definitions.lookup(card("LR", null), Lang.EN)).isNull();
    }

    @Test
    void aChineseTermMatchesItsEntryWhenTheEnglishSaysSo() {
        // A card the linker gave no English side has no entry it was sure of (a general word in another sense).
        assertThat(definitions.lookup(card(null, "联合学习"), Lang.ZH)).isNull();
        assertThat(definitions.lookup(card("FL", "联邦学习"), Lang.EN)).isNotNull();
        assertThat(definitions.lookup(card("federated optimization", "联邦学习"), Lang.EN)).isNull();
    }

    @Test
    void anEntryFollowedByTheKindItsDefinitionNamesIsThatEntry() {
        assertThat(definitions.lookup(card("Transformer architecture", null), Lang.EN).text())
                .startsWith("A neural network architecture");
        assertThat(definitions.lookup(card("LDA models", null), Lang.EN).text()).startsWith("A generative topic model");
        // A reward is no model: a reward model is another thing.
        assertThat(definitions.lookup(card("reward model", null), Lang.EN)).isNull();
    }

    @Test
    void aWordThatOnlySaysTheThingIsTheUsualOneIsLookedPast() {
        assertThat(definitions.lookup(card("vanilla Transformer", null), Lang.EN).text())
                .startsWith("A neural network architecture");
        assertThat(definitions.lookup(card("classic RLHF", null), Lang.EN)).isNotNull();
    }

    @Test
    void shortFormsInsideATermAreWrittenOut() {
        assertThat(definitions.lookup(card("retrieval-augmented LM", null), Lang.EN).text())
                .isEqualTo("A language model that reads retrieved passages.");
    }

    @Test
    void anEnglishAliasFindsTheEntryOnlyForAOneWordTerm() {
        Card shortForm = Card.builder("c").term(Lang.EN, "GANs")
                .aliases(new BilingualList(List.of("generative adversarial networks"), List.of())).build();
        assertThat(definitions.lookup(shortForm, Lang.EN)).isNotNull();
        // A phrase beside an entry names more than the entry (or another thing its short form stands for).
        Card phrase = Card.builder("c").term(Lang.EN, "GAN-based generator")
                .aliases(new BilingualList(List.of("generative adversarial networks"), List.of())).build();
        assertThat(definitions.lookup(phrase, Lang.EN)).isNull();
    }
}
