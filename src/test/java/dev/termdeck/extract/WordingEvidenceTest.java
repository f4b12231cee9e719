package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * What a term's words say to the card rule of {@link CardEvidence}, with the English extractor's own tests ({@link
 * CardEvidence.Wording}) and {@link NameEvidence}: a plain term, a generic head, an organisation, a capitalised
 * compound, a Latin word in Chinese text; each on a sentence of the tune pages, the shipped corpus or the Inspec tune
 * abstracts.
 */
class WordingEvidenceTest {
    private static final OpenNlpTermExtractor ENGLISH = new OpenNlpTermExtractor(EnglishModels.fromClasspath(),
            EnglishLexicon.bundled(), new GlossaryReader(HanLpChinese.get()).builtIn());

    /**
     * The shipped corpus (abstracts without their translation): an undefined card stays unless its words say it
     * describes: lower case with a generic or weak head ("tabular dataset", "polynomially-large range");
     * "cosine-distance loss" (a head of the field) stays. The English extractor's own tests decide.
     */
    @Test
    void aPaperWithoutItsTranslationLosesItsDescriptiveCards() {
        TunePage tabular = new TunePage("001_0e47378bd9dc223c#9", "We present an empirical evaluation on tabular "
                + "datasets and across several interpretability metrics.", null);
        TunePage range = new TunePage("002_66c4bdcf0f56642e#6", "Private algorithms which match this tradeoff are not "
                + "yet known -- we achieve that (up to polylogarithmic factors) in a polynomially-large range of "
                + "parameters via the Sum-of-Squares method.", null);
        TunePage loss = new TunePage("001_0e47378bd9dc223c#6", "To leverage the inductive biases learned by larger "
                + "models during pre-training, we introduce a triple loss combining language modeling, distillation "
                + "and cosine-distance losses.", null);
        List<Document> docs = TunePage.docs(tabular, range, loss);
        Card dataset = tabular.card("tabular dataset", "表格数据集", null);
        Card params = range.card("polynomially-large range", null, null);
        Card cosine = loss.card("cosine-distance loss", "余弦距离损失", null);
        Card sos = range.card("Sum-of-Squares method", "平方和方法", null);
        List<Card> all = List.of(dataset, params, cosine, sos);

        CardEvidence.Outcome out = CardEvidence.apply(all, all, docs, CardEvidence.Wording.of(ENGLISH));

        assertThat(out.cards()).containsExactly(cosine, sos);
        assertThat(out.leftOut()).isEqualTo(2);
        assertThat(CardEvidence.apply(all, all, docs).cards()).containsExactlyElementsOf(all);
        // A capital says the phrase names something ("Sum-of-Squares method"); a glossary term is never generic.
        assertThat(ENGLISH.hasGenericHead("Sum-of-Squares method")).isFalse();
        assertThat(ENGLISH.hasGenericHead("tabular dataset")).isTrue();
        assertThat(ENGLISH.hasGenericHead("cosine-distance loss")).isFalse();
    }

    /**
     * The shipped corpus: a description of the paper's model or data whose only capitals are words the glossary has
     * (Transformer, QA) is a generic head too ("BLOOM is a decoder-only Transformer language model", "Muse, a
     * text-to-image Transformer model", "PopQA, our new open-domain QA dataset": the name has the card); a word in
     * capitals the glossary does not know names something ("Sum-of-Squares method"; tune: "RTLLM dataset").
     */
    @Test
    void capitalsTheGlossaryKnowsMakeNoName() {
        TunePage bloom = new TunePage("000_3e07494079a9efff#1", "BLOOM is a decoder-only Transformer language model "
                + "that was trained on the ROOTS corpus, a dataset comprising hundreds of sources in 46 natural and 13 "
                + "programming languages (59 in total).", null);
        TunePage muse = new TunePage("000_3e07494079a9efff#10", "We present Muse, a text-to-image Transformer model "
                + "that achieves state-of-the-art image generation performance while being significantly more efficient "
                + "than diffusion or autoregressive models.", null);
        TunePage popQa = new TunePage("001_0e47378bd9dc223c#10", "This paper aims to understand LMs' strengths and "
                + "limitations in memorizing factual knowledge, by conducting large-scale knowledge probing experiments "
                + "of 10 models and 4 augmentation methods on PopQA, our new open-domain QA dataset with 14k "
                + "questions.", null);
        List<Card> all = List.of(bloom.card("decoder-only Transformer language model", null, null),
                muse.card("text-to-image Transformer model", null, null),
                popQa.card("open-domain QA dataset", null, null), popQa.card("PopQA", null, null));

        CardEvidence.Outcome out = CardEvidence.apply(all, all, TunePage.docs(bloom, muse, popQa),
                CardEvidence.Wording.of(ENGLISH));

        assertThat(out.cards()).extracting(c -> c.term(Lang.EN)).containsExactly("PopQA");
        assertThat(ENGLISH.hasGenericHead("RTLLM dataset")).isFalse();
        assertThat(ENGLISH.hasGenericHead("Sum-of-Squares method")).isFalse();
        assertThat(ENGLISH.hasGenericHead("Transformer")).isFalse();
    }

    /**
     * "facial expression": the paper's translation names it too (面部表情), but its words are everyday English, and
     * everyday words have a Chinese counterpart in any translation: the translation is no evidence for a plain term
     * (on the tune half: facial expression, human mesh, hybrid latent frequency domain feature, model steering).
     */
    @Test
    void theTranslationIsNoEvidenceForAPlainTerm() {
        TunePage avatar = new TunePage("250809461v1-gen-affect-generation-of-avatar-fine-grained-facial-expressions#1",
                "However, existing approaches often fail to capture fine-grained facial expressions and struggle to "
                        + "preserve identity across different expressions.",
                "然而，现有方法往往无法捕捉细致的面部表情，并且在不同表情间难以保持身份一致性。");
        Card face = avatar.card("facial expression", "面部表情", null);
        Predicate<String> plain = Set.of("facial expression")::contains;

        assertThat(CardEvidence.apply(List.of(face), List.of(face), avatar.docs()).cards()).containsExactly(face);
        assertThat(CardEvidence.apply(List.of(face), List.of(face), avatar.docs(),
                new CardEvidence.Wording(plain, t -> false)).cards()).isEmpty();
        // The extractor's own test of plainness, which the assembler passes.
        assertThat(ENGLISH.isPlain("facial expression")).isTrue();
        assertThat(ENGLISH.isPlain("MPP encoding")).isFalse();
    }

    /**
     * An organisation's name is who did the work, not a concept, even with a short form its paper brackets (Inspec
     * tune abstracts 366 and 241); so is a piece of hardware by its maker's name.
     */
    @Test
    void anOrganisationIsNoCardUnlessDefined() {
        TunePage fra = new TunePage("366", "The Federal Railroad Administration (FRA) has developed a series of rail "
                + "and rail-related analysis tools that assist FRA officials, Metropolitan Planning Organizations, "
                + "States, and railroads in estimating the consequences of present and future conditions.", null);
        Card agency = fra.card("Federal Railroad Administration", null, "FRA");
        Card defined = agency.toBuilder().definition(Lang.EN, "The agency of the United States Department of "
                + "Transportation that enforces rail safety regulations.", DefinitionSource.ABSTRACT).build();

        assertThat(CardEvidence.apply(List.of(agency), List.of(agency), fra.docs()).cards()).isEmpty();
        assertThat(CardEvidence.apply(List.of(defined), List.of(defined), fra.docs()).cards()).containsExactly(defined);
        // "The Online Books Evaluation Project at Columbia University studied the potential for scholarly online
        // books" (241).
        assertThat(NameEvidence.isOrganisation("Columbia University")).isTrue();
        assertThat(NameEvidence.isOrganisation("AMD MI250 GPUs")).isTrue();
        assertThat(NameEvidence.isOrganisation("graphics processing unit")).isFalse();
        assertThat(NameEvidence.isOrganisation("GPU")).isFalse();
        assertThat(NameEvidence.isOrganisation("multi-GPU training")).isFalse();
        assertThat(NameEvidence.isOrganisation("Online Books Evaluation Project")).isFalse();
    }

    /**
     * A lower-case term with a generic or weak head ("spectral representation") is no card for the translation's
     * test either (tune page 2512.15036; the mid-session judges' "joint optimization framework", "question-answering
     * dataset"); a hyphenated compound of everyday words in capitals ("Task-Oriented", of "TOAST (Task-Oriented
     * Adaptive Semantic Transmission)", tune page 2506.21900; the judges' "Open-Vocabulary") is no name.
     */
    @Test
    void aGenericHeadOrACapitalisedCompoundOfEverydayWordsIsNoEvidence() {
        TunePage spectral = new TunePage("251215036v1-spectral-representation-based-reinforcement-learning#1",
                "In this paper, we introduce the perspective of spectral representations as a solution to address "
                        + "these difficulties in RL.", "本文引入了谱表示的视角，旨在解决RL中的这些难题。");
        TunePage toast = new TunePage("250621900v1-toast-task-oriented-adaptive-semantic-transmission#1",
                "This work introduces TOAST (Task-Oriented Adaptive Semantic Transmission), a unified framework "
                        + "designed to address the core challenge of multi-task optimization in multi-task semantic "
                        + "communication systems.", "本文提出了TOAST（面向任务的自适应语义传输），一个统一框架。");
        List<Document> docs = TunePage.docs(spectral, toast);
        Card representation = spectral.card("spectral representation", "谱表示", null);
        Card oriented = toast.card("Task-Oriented", null, null, Lang.EN);
        List<Card> all = List.of(representation, oriented);

        assertThat(CardEvidence.apply(all, all, docs).cards()).containsExactlyElementsOf(all);
        assertThat(CardEvidence.apply(all, all, docs, CardEvidence.Wording.of(ENGLISH)).cards()).isEmpty();
        assertThat(NameEvidence.isCapitalisedCompound("Task-Oriented", ENGLISH::isPlain)).isTrue();
        assertThat(NameEvidence.isCapitalisedCompound("Allen-Cahn", ENGLISH::isPlain)).isFalse();
        assertThat(NameEvidence.isCapitalisedCompound("PR-AUC", ENGLISH::isPlain)).isFalse();
        assertThat(NameEvidence.isCapitalisedCompound("Equation-Free system", ENGLISH::isPlain)).isFalse();
    }

    /**
     * The shipped corpus's machine translation writes a method's name in Latin letters with its inner capital lost
     * ("Causalmta"): in Chinese text a Latin word is a name, unless it is an everyday English word left untranslated.
     */
    @Test
    void aLatinWordInChineseTextIsAName() {
        String mta = "000_3e07494079a9efff#20";
        TunePage causalMta = new TunePage(mta, "Causalmta is a method.", "在本文中,我们定义了因果MTA任务,并提出Causalmta来消除用户偏好的影响。");
        Card causal = causalMta.card("Causalmta", "Causalmta", null, Lang.ZH);
        Card visual = TunePage.cardOf("Visual", "Visual", null, TunePage.source(mta, Lang.ZH,
                "随着Visual和Textual表示学习的成功,在视频文本检索领域也采用了基于变压器的编码器和融合方法。"));
        Predicate<String> plain = Set.of("visual")::contains;

        assertThat(NameEvidence.isName("Causalmta")).isFalse();
        assertThat(NameEvidence.isLatinNameInChinese(causal, plain)).isTrue();
        assertThat(NameEvidence.isLatinNameInChinese(visual, plain)).isFalse();
        Card english = causalMta.card("Causalmta", "Causalmta", null, Lang.EN);
        assertThat(NameEvidence.isLatinNameInChinese(english, plain)).isFalse();
    }
}
