package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpTermExtractorTest {
    private static OpenNlpTermExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
    }

    @Test
    void pluralFormsAreOneTermWithTheWrittenFormKept() {
        List<TermCandidate> cs = extract("Emergent abilities appear only in large models. We call an emergent "
                + "ability unpredictable. Emergent abilities matter.");

        TermCandidate c = find(cs, "emergent ability").orElseThrow();
        assertThat(c.frequency()).isEqualTo(3);
        assertThat(c.variants()).contains("Emergent abilities");
        assertThat(c.key()).isEqualTo("emergentability");
    }

    @Test
    void hyphenatedCompoundsAreRejoined() {
        List<TermCandidate> cs = extract("Chain-of-thought prompting elicits reasoning. We study chain-of-thought "
                + "prompting in a decoder-only Transformer language model.");

        assertThat(texts(cs)).contains("chain-of-thought prompting", "decoder-only Transformer language model");
    }

    @Test
    void abbreviationPairsBecomeOneTermWithItsShortForm() {
        List<TermCandidate> cs = extract("We then train with RL using the preference model as the reward signal, "
                + "i.e. we use 'RL from AI Feedback' (RLAIF). RLAIF improves harmlessness.");

        TermCandidate c = find(cs, "RL from AI Feedback").orElseThrow();
        assertThat(c.abbr()).isEqualTo("RLAIF");
        assertThat(c.frequency()).isEqualTo(2);
        assertThat(texts(cs)).doesNotContain("RLAIF");
    }

    @Test
    void pluralShortFormsAreSingular() {
        List<TermCandidate> cs = extract("Of particular interest are conditional generative adversarial networks "
                + "(cGANs), which allow you to divide images into several classes.");

        TermCandidate c = find(cs, "conditional generative adversarial network").orElseThrow();
        assertThat(c.abbr()).isEqualTo("cGAN");
        assertThat(c.definition()).isEqualTo("Conditional generative adversarial networks allow you to divide "
                + "images into several classes.");
    }

    @Test
    void anAbsurdlyLongTokenIsLeftOutAndTheTextAroundItExtractedAsWithoutIt() {
        String before = "Federated learning trains one model on data held by many clients. ";
        String after = " Differential privacy bounds what the model reveals about one client.";
        StringBuilder token = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (token.length() < 1_000_000) {
            token.append((char) ('a' + random.nextInt(26)));
        }

        List<TermCandidate> with = extract(before + token + after);
        List<TermCandidate> without = extract(before + " ".repeat(token.length()) + after);

        assertThat(with).usingRecursiveFieldByFieldElementComparator().isEqualTo(without);
        assertThat(texts(with)).contains("differential privacy");
        assertThat(with).allSatisfy(c -> assertThat(c.text().length()).isLessThan(LongTokens.MAX_TOKEN));
        String url = "https://github.com/" + "x".repeat(150);
        assertThat(LongTokens.blanked(url)).isEqualTo(url);
    }

    @Test
    void namedModelsAndDatasetsAreKept() {
        List<TermCandidate> cs = extract("We present BLOOM, a 176B-parameter open-access language model. "
                + "We evaluate DistilBERT and HAC-Net on PopQA, our new open-domain QA dataset with 14k questions.");

        assertThat(texts(cs)).contains("BLOOM", "DistilBERT", "HAC-Net", "PopQA");
        assertThat(find(cs, "PopQA").orElseThrow().definition())
                .isEqualTo("PopQA is a new open-domain QA dataset with 14k questions.");
        assertThat(find(cs, "BLOOM").orElseThrow().definition())
                .isEqualTo("BLOOM is a 176B-parameter open-access language model.");
    }

    @Test
    void genericPhrasesNeverBecomeCandidates() {
        List<TermCandidate> cs = extract("In this paper, our method obtains state-of-the-art results on a wide "
                + "range of benchmarks. The results show strong performance and widespread adoption.");

        assertThat(texts(cs)).noneMatch(t -> t.matches("(?i).*(paper|method|results?|range|performance|adoption)"));
    }

    @Test
    void conjunctsWithoutTheirHeadAndLeftoversOfGenericHeadsAreNoTerms() {
        List<TermCandidate> cs = extract("Operating these models under constrained computational training or "
                + "inference budgets remains challenging. We choose the target model size and the training setup. "
                + "We build a residual learning framework.");

        assertThat(texts(cs)).doesNotContain("computational training", "target model")
                .contains("residual learning framework");
    }

    @Test
    void aGenericHeadAfterATermIsKeptWithItAndTheTermStaysWhenSaidAlone() {
        // Inspec 884 and 1087: the names as the indexers and the authors write them.
        List<TermCandidate> cs = extract("A dedicated neural network is trained by applying the population learning "
                + "algorithm. The fuzzy clustering method groups the data. Fuzzy clustering is fast.");

        assertThat(texts(cs)).contains("population learning algorithm", "fuzzy clustering method",
                "fuzzy clustering").doesNotContain("population learning");
    }

    @Test
    void aGenericHeadAfterOneWordIsCut() {
        // Seed corpus: the head only says what kind of thing the word is.
        List<TermCandidate> cs = extract("We used a cGAN technique to generate images similar to whose obtained in "
                + "the TAIGA-IACT experiment. Both the SL and RL methods can leverage chain-of-thought style "
                + "reasoning.");

        assertThat(texts(cs)).doesNotContain("cGAN technique", "RL method", "TAIGA-IACT experiment");
    }

    @Test
    void termhoodIsInRangeAndEveryCandidateHasAContextSentence() {
        List<TermCandidate> cs = extract(UnseenAbstracts.read("lora.txt"));

        assertThat(cs).isNotEmpty().allSatisfy(c -> {
            assertThat(c.termhood()).isBetween(0.0, 1.0);
            assertThat(c.context()).isNotBlank().endsWith(".");
            assertThat(c.lang()).isEqualTo(Lang.EN);
        });
    }

    @Test
    void sameResultsFromSeveralThreads() throws Exception {
        Document doc = new Document("d#1", "d.txt", Lang.EN, null, UnseenAbstracts.read("word2vec.txt"));
        List<TermCandidate> alone = extractor.extract(doc);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<TermCandidate>>> runs = List.of(pool.submit(() -> extractor.extract(doc)),
                    pool.submit(() -> extractor.extract(doc)), pool.submit(() -> extractor.extract(doc)));
            for (Future<List<TermCandidate>> f : runs) {
                assertThat(f.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPhraseSeenMostlyInsideALongerOneWithTheSameHeadDefersToIt() {
        List<TermCandidate> cs = extract("We study the causal effect estimation problem. The continual treatment effect "
                + "estimation setting is new. The size distribution of the images is normal. The total image size "
                + "distribution is close to the original one. Selecting topics in LDA models is hard. We give advice "
                + "on LDA model selection.");

        assertThat(texts(cs)).contains("causal effect estimation", "continual treatment effect estimation",
                "image size distribution", "LDA model", "LDA model selection")
                .doesNotContain("effect estimation", "size distribution");
    }

    @Test
    void anEverydayAdjectiveBeforeATermOfTheDocumentDescribesIt() {
        List<TermCandidate> cs = extract("We study sparse mean estimation. We give a gap for private sparse mean "
                + "estimation and a bound for sparse mean estimation. We compare robust and private algorithms.");

        assertThat(texts(cs)).contains("sparse mean estimation").doesNotContain("private sparse mean estimation");
    }

    @Test
    void plainPhrasesDisciplinePhrasesAndBareShortFormsAreNoTermsButGlossaryTermsAre() {
        OpenNlpTermExtractor withGlossary = new OpenNlpTermExtractor(EnglishModels.fromClasspath(),
                EnglishLexicon.bundled(), new dev.termdeck.extract.bilingual.GlossaryReader(
                        dev.termdeck.extract.zh.HanLpChinese.get()).builtIn());
        List<TermCandidate> cs = withGlossary.extract(new Document("t#1", "t.txt", Lang.EN, null,
                "We show a tradeoff between efficiency and success probability. As AI systems become capable, "
                        + "we ask whether the relevant topics from the SRPs are identified. The model enables "
                        + "editing applications: inpainting, outpainting and more. A multilingual model helps."));

        assertThat(texts(cs)).doesNotContain("AI system", "SRP").contains("inpainting", "multilingual model");
        assertThat(find(cs, "success probability").orElseThrow().termhood())
                .as("a plain phrase stays below the default minimum score").isLessThan(0.5);
        assertThat(find(cs, "multilingual model").orElseThrow().termhood())
                .isGreaterThan(find(cs, "success probability").orElseThrow().termhood() + 0.1);
    }

    @Test
    void chineseDocumentsAreRefused() {
        Document zh = new Document("z#1", "z.txt", Lang.ZH, null, "联邦学习是一种机器学习方法。");

        assertThatThrownBy(() -> extractor.extract(zh)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("z#1");
    }

    static List<TermCandidate> extract(String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.EN, null, text));
    }

    static Optional<TermCandidate> find(List<TermCandidate> cs, String text) {
        return cs.stream().filter(c -> c.text().equals(text)).findFirst();
    }

    static List<String> texts(List<TermCandidate> cs) {
        return cs.stream().map(TermCandidate::text).toList();
    }
}
