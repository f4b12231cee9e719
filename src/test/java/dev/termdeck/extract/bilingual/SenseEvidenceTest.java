package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.TermGroup;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Chinese word of general language in a paper without a translation takes its glossary entry (English side and
 * definition) only when the paper uses the entry's vocabulary; an entry of one field ("In knowledge distillation, ...")
 * serves only cards whose sentences name the field ({@link DomainEvidence}). Sentences from the shipped corpus and the arXiv tune
 * half.
 */
class SenseEvidenceTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private final BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);
    private final GlossaryDefinitions definitions = new GlossaryDefinitions(GLOSSARY);

    @Test
    void aCommonWordInAnotherSenseIsNoCard() {
        List<Card> cards = linker.link(List.of(), List.of(group("环境",
                "社交偏见通常会随着含糊不清的环境而随着规模而增加,但这可以通过提示来改善。")));

        assertThat(cards).isEmpty();
    }

    @Test
    void aCardWithoutEnglishTakesNoDefinitionThroughItsChineseAlone() {
        Card c = Card.builder("c").term(Lang.ZH, "环境").build();

        assertThat(definitions.lookup(c, Lang.EN)).isNull();
        assertThat(definitions.lookup(c, Lang.ZH)).isNull();
    }

    @Test
    void aCommonWordAmongItsEntrysVocabularyIsThatEntry() {
        Card agent = only(group("环境", "PAGU模块则根据智能体的策略行为和环境反馈，动态更新图结构。"));
        Card field = only(group("环境", "在部分可观测环境中，强化学习智能体需要在噪声和不完整观测的不确定性下行动。"));

        assertThat(agent.term().en()).isEqualTo("environment");
        // The entry is of one field ("In reinforcement learning, ..."): its definition needs the field named.
        assertThat(definitions.lookup(agent, Lang.ZH)).isNull();
        assertThat(field.term().en()).isEqualTo("environment");
        assertThat(definitions.lookup(field, Lang.ZH).text()).contains("智能体");
    }

    @Test
    void theOtherTermsOfTheDocumentAreEvidenceToo() {
        TermGroup environment = group("环境", "因此,训练数据集可能不包含在现实世界生产环境中可能遇到的所有可能的数据变化。");
        TermGroup agent = new TermGroup(Lang.ZH, "强化学习", "强化学习", List.of(), null, null, "强化学习", false,
                List.of(new Source("zh#1", Lang.ZH, "我们研究离线强化学习。")), 1, 0.5);

        List<Card> cards = linker.link(List.of(), List.of(environment, agent));

        assertThat(cards).extracting(c -> c.term().en()).contains("environment");
    }

    @Test
    void aGeneralWordThatIsOnlyAVariantOfAnEntryNeedsEvidence() {
        List<Card> odds = linker.link(List.of(), List.of(group("优势", "(iii)我们证明,我们的全球解释性方法比当前的最新方法具有优势 - 我们可以将解释解释为以逻辑描述为支持的单个可解释概念,"
                + "从而降低了偏见的潜力并提高用户友好性")));
        List<Card> metric = linker.link(List.of(), List.of(group("度量", "在这篇论文中,我们对 BIG-Bench 中的交叉熵损失的缩放进行了初步分析(附录A.1),生成任务的不同度量(附录A.2)"
                + "以及涌现发生在哪些类型的任务中(附录A.3)。")));

        assertThat(odds).isEmpty();
        assertThat(metric).isEmpty();
    }

    @Test
    void aTechnicalWordRareInGeneralTextKeepsItsEntry() {
        Card c = only(group("编码器", "虽然最初Wei等人(2022a)发现基于指令的微调仅适用于参数为68B或更大的解码器模型,但Sanh等人(2022)在一个具有"
                + "编码器-解码器架构的11B模型中诱导了类似的行为。"));

        assertThat(c.term().en()).isEqualTo("encoder");
        assertThat(definitions.lookup(c, Lang.EN)).isNotNull();
    }

    @Test
    void aMachineTranslationOfANameKeptInLatinLettersIsThatName() {
        Card c = only(group("变压器", "由于大多数密集变压器语言模型家族在训练计算上大致与模型参数成比例(Kaplan等人,2020),因此使用训练FLOPS或"
                + "模型参数作为x轴会产生形状相似的曲线。"));

        assertThat(c.term().en()).isEqualTo("Transformer");
    }

    @Test
    void anEntryOfAFieldServesOnlyCardsWhoseSentencesNameIt() {
        Card chip = cardSeenIn("circuit", "电路", "... specifically in Power- Performance-Area (PPA) optimization and the "
                + "generation of accurate Verilog codes for circuit designs.");
        Card candidates = cardSeenIn("generator", "生成器", "大型语言模型（LLMs）最近在全球优化框架中作为有效的替代模型和候选生成器取得了显著成果。");
        Card robust = cardSeenIn("uncertainty set", "不确定集", "Distributionally robust RL addresses this issue by "
                + "optimizing worst-case performance over an uncertainty set of environments.");

        assertThat(definitions.lookup(chip, Lang.EN)).isNull();
        assertThat(definitions.lookup(chip, Lang.ZH)).isNull();
        assertThat(definitions.lookup(candidates, Lang.EN)).isNull();
        assertThat(definitions.lookup(robust, Lang.EN)).isNotNull();
    }

    @Test
    void anEntryWrittenForEverySenseServesThePapersOwn() {
        // 灵敏度 once opened with its diagnostic field and was withheld here; the entry now gives the general sense first.
        Card noise = cardSeenIn("sensitivity", "灵敏度", "实验结果显示，LLM基于的零-shot预测器由于对噪声的敏感性，往往难以实现高准确率，甚至不及简单的领域特定模型。");

        assertThat(definitions.lookup(noise, Lang.EN).text()).startsWith("How strongly an output responds");
        assertThat(definitions.lookup(noise, Lang.ZH).text()).startsWith("输出对输入变化的响应程度");
    }

    private static Card cardSeenIn(String en, String zh, String sentence) {
        Lang lang = BilingualLinker.isLatin(sentence.substring(0, 1)) ? Lang.EN : Lang.ZH;
        return Card.builder("c").term(Lang.EN, en).term(Lang.ZH, zh)
                .sources(List.of(new Source("d#1", lang, sentence))).build();
    }

    private Card only(TermGroup g) {
        List<Card> cards = linker.link(List.of(), List.of(g));
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }

    /** A term of a Chinese paper without a translation, seen in {@code sentence}. */
    private static TermGroup group(String zh, String sentence) {
        return new TermGroup(Lang.ZH, TermKeys.of(zh), zh, List.of(), null, null, sentence, false,
                List.of(new Source("zh#1", Lang.ZH, sentence)), 1, 0.5);
    }
}
