package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The edges of a term where a name or a digit-and-letter word meets the sentence, each on a real sentence of the
 * arXiv tune pages: a dimension ("3D") is a word of the term, the capitals of a quantity ("180K") are no word of
 * their own, an ampersand joins a name, a phrase never stops inside a name joined by "and", lower-case words before
 * a name that ends the phrase are left out, a verb after "we" or "and" starts no phrase, and the plus signs that end
 * a name ("FruitNeRF++", also before a comma or a colon, where the tokenizer cuts them off) and a capitalised pronoun
 * inside it ("Segment Anything Model") are part of it.
 */
class NameEdgesTest {
    private static OpenNlpTermExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
    }

    @Test
    void aDimensionIsAWordOfTheTermAndAVerbAfterAndStartsNoPhrase() {
        List<String> t = texts(extract("3D object detection is critical for autonomous driving, yet it remains "
                + "fundamentally challenging to simultaneously maximize computational efficiency and capture "
                + "long-range spatial dependencies."));

        assertThat(t).contains("3D object detection", "long-range spatial dependency")
                .noneMatch(x -> x.startsWith("D ") || x.startsWith("object detection") || x.startsWith("capture"));
    }

    @Test
    void theCapitalsOfAQuantityAreNoWordOfTheirOwn() {
        assertThat(HyphenJoins.rejoin(List.of(new Token("provides", 0, 8, "VERB"),
                new Token("180", 9, 12, "NUM"), new Token("K", 12, 13, "NUM"), new Token("triplets", 14, 22, "NOUN")),
                "provides 180K triplets", java.util.Set.of())).extracting(Token::text)
                .containsExactly("provides", "180K", "triplets");
        List<String> t = texts(extract("TF-CoVR focuses on gymnastics and diving, and provides 180K triplets drawn "
                + "from FineGym and FineDiving datasets."));

        assertThat(t).contains("FineDiving dataset").noneMatch(x -> x.startsWith("K ") || x.startsWith("180K"));
    }

    @Test
    void anAmpersandJoinsANameAndNoPhraseStopsInsideANameJoinedByAnd() {
        List<String> t = texts(extract("We introduce S&P Top-K, a retraining-free and computationally lightweight "
                + "Selection and Projection framework that identifies Top-K encoder features aligned with a "
                + "sensitive attribute or behavior."));

        assertThat(t).contains("S&P Top-K", "Top-K encoder")
                .doesNotContain("lightweight Selection", "Projection framework", "P Top-K");
    }

    @Test
    void lowerCaseWordsBeforeANameEndingThePhraseAreLeftOut() {
        // The title "... A Systematic Evaluation Framework of Their Input Scrutiny Ability" as the reader writes it
        // in sentence case; "version Hunyuan3D"-like: a common noun before a name with a digit inside.
        List<String> t = texts(extract("A systematic evaluation Framework of their input Scrutiny Ability. "
                + "Compared to the previous version Hunyuan3D, our model is faster."));

        assertThat(t).contains("Scrutiny Ability", "Hunyuan3D")
                .noneMatch(x -> x.startsWith("input ") || x.startsWith("version "));
        // The plural of an acronym is no mixed-case name.
        assertThat(texts(extract("Experimental results on the S2I-Bench and existing benchmarks indicate that our "
                + "method consistently improves quality scoring and justification capabilities across multiple "
                + "video LMMs."))).contains("video LMM");
    }

    @Test
    void aVerbAfterWeBeforeADescribedObjectStartsNoPhrase() {
        List<String> t = texts(extract("To address this issue, in this paper, we leverage hyperbolic space, which "
                + "inherently models hierarchical levels."));

        assertThat(t).contains("hyperbolic space").noneMatch(x -> x.startsWith("leverage"));
    }

    @Test
    void aLongPhraseSaidOnceUndefinedDescribesRatherThanNames() {
        String sentence = "It includes diverse situations and navigation behaviors, providing a valuable resource "
                + "for learning real-world egocentric navigation policies.";
        double once = termhood(extract(sentence), "real-world egocentric navigation policy");
        double twice = termhood(extract(sentence + " We train real-world egocentric navigation policies."),
                "real-world egocentric navigation policy");

        // Said again, it gains its repeat (0.1) and loses the penalty of a description said once (0.15).
        assertThat(twice - once).isCloseTo(0.1 + Termhood.LONG_ONCE, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void thePlusSignsThatEndANameArePartOfIt() {
        // arXiv tune 2505.19863: FruitNeRF++ builds on FruitNeRF; the pluses were dropped and only FruitNeRF was left.
        List<String> t = texts(extract("We introduce FruitNeRF++, a novel fruit-counting approach that combines "
                + "contrastive learning with neural radiance fields to count fruits from unstructured input "
                + "photographs of orchards. Our work is based on FruitNeRF, which employs a neural semantic field "
                + "combined with a fruit-specific clustering approach. Our results demonstrate that FruitNeRF++ is "
                + "easier to control and compares favorably to other state-of-the-art methods."));

        assertThat(t).contains("FruitNeRF++", "FruitNeRF");
        assertThat(Words.namePluses("AIST++")).isEqualTo(2);
        assertThat(Words.namePluses("UNIPHY+")).isEqualTo(1);
        assertThat(Words.namePluses("model+")).isZero();
        assertThat(Words.namePluses("x+++")).isZero();
        assertThat(Words.namePluses("++")).isZero();
    }

    @Test
    void thePlusSignsThatEndANameBeforeACommaOrAColonArePartOfIt() {
        // arXiv tune 2505.19863: the tokenizer cut "FruitNeRF++," and "FruitNeRF++:" into FruitNeRF and "++", so
        // FruitNeRF, the work the paper builds on and names once, counted three times and took the sentence that
        // introduces FruitNeRF++; its card showed that sentence in both languages.
        List<TermCandidate> c = extractor.extract(new Document("t#1", "t.txt", Lang.EN,
                "FruitNeRF++: A Generalized Multi-Fruit Counting Method Utilizing Contrastive Learning and Neural "
                        + "Radiance Fields",
                "We introduce FruitNeRF++, a novel fruit-counting approach that combines contrastive learning with "
                        + "neural radiance fields to count fruits from unstructured input photographs of orchards. Our "
                        + "work is based on FruitNeRF, which employs a neural semantic field combined with a "
                        + "fruit-specific clustering approach."));

        assertThat(c).anyMatch(t -> t.text().equals("FruitNeRF++") && t.frequency() == 2);
        assertThat(c).filteredOn(t -> t.text().equals("FruitNeRF"))
                .allMatch(t -> t.frequency() == 1 && t.context().startsWith("Our work is based on FruitNeRF"));
    }

    @Test
    void aCapitalisedPronounAfterANameWordIsAWordOfTheName() {
        // arXiv tune 2511.00095, without its bracketed short form: "Anything/PRON" ended the name at "Segment".
        List<String> t = texts(extract("Although advanced models such as the Segment Anything Model have shown "
                + "promise in various segmentation tasks, their performance in spinal CT imaging is limited by high "
                + "annotation requirements and poor domain adaptability."));

        assertThat(t).contains("Segment Anything Model").noneMatch(x -> x.equals("Segment"));
    }

    @Test
    void aNameInMixedCaseKeepsItsFinalSUnlessTheDocumentWritesItWithout() {
        // Inspec tune 961 and 1543: "HyCharts" and "BiLines" are names, carded as "HyChart" and "BiLine".
        List<String> t = texts(extract("Based on this model, we develop HyCharts. HyCharts consist of two modular "
                + "visual formalisms, one for the specification of the architecture and one for the specification "
                + "of the behavior of hybrid systems."));
        List<String> games = texts(extract("Those covered include a vertical plotter; BiLines, an electronic game; "
                + "a wireless Internet pager; Cooking Coach; Barbie's zip drive; and a model train controller."));

        assertThat(t).contains("HyCharts").doesNotContain("HyChart");
        assertThat(games).contains("BiLines").doesNotContain("BiLine");
    }

    @Test
    void aSentenceInitialWordTheTextAlsoWritesInSmallLettersIsNoName() {
        // arXiv tune 2506.20936: "Skinning" is capitalised inside "Linear Blend Skinning", and the text also writes
        // "physics-based skinning": the word that starts the first sentence is the common noun.
        List<String> t = texts(extract("Skinning and rigging are fundamental components in animation, articulated "
                + "object reconstruction, motion transfer, and 4D generation. Existing approaches predominantly rely "
                + "on Linear Blend Skinning (LBS), due to its simplicity and differentiability. In this work, we "
                + "propose PhysRig: a differentiable physics-based skinning and rigging framework that overcomes "
                + "these limitations."));

        assertThat(t).contains("Linear Blend Skinning").doesNotContain("Skinning");
    }

    @Test
    void aPlusSignBetweenTwoNamePartsJoinsThem() {
        // Inspec tune 1500 and 1104: "DAML+OIL" had no candidate; "Max+PlusII" was cut into "Max" and "PlusII design
        // tool" by the tokenizer's split at the plus sign.
        List<String> t = texts(extract("We focus on DAML's current markup language, DAML+OIL, which is a proposed "
                + "starting point for the W3C's Semantic Web Activity's Ontology Web Language (OWL). We introduce "
                + "DAML+OIL syntax and usage through a set of examples, drawn from a wine knowledge base."));
        List<String> tool = texts(extract("The proposed architecture is designed and simulated by the Max+PlusII "
                + "design tool and the operating frequency is 30 MHz."));

        assertThat(t).anyMatch(x -> x.startsWith("DAML+OIL"));
        assertThat(tool).contains("Max+PlusII design tool").doesNotContain("Max", "PlusII design tool");
        assertThat(Words.isJoiningPlus("UNIPHY+Lab", 6)).isTrue();
        assertThat(Words.isJoiningPlus("a+b", 1)).isFalse();
    }

    @Test
    void aShortFormOfAModifierLeavesTheTermToTheNounAfterTheBrackets() {
        // Inspec tune 144, 77 and 913: the long forms "magneto-optical", "time-to-live" and "discontinuous
        // non-linear" were kept as terms that end in an adjective or a verb.
        List<String> disk = texts(extract("The recording capacity of GIGAMO media was enlarged from 1.3 GB to 2.3 GB "
                + "for 3.5 inch magneto-optical (MO) disks while maintaining downward compatibility."));
        List<String> ttl = texts(extract("We propose a weakly consistent data access mechanism that computes the "
                + "time-to-live (TTL) interval to predict the expiration time."));
        List<String> control = texts(extract("Proportional, adaptive proportional and discontinuous non-linear (DNL) "
                + "control methods were used to derive the control laws."));

        assertThat(disk).contains("magneto-optical disk").doesNotContain("magneto-optical");
        assertThat(ttl).contains("time-to-live interval").doesNotContain("time-to-live");
        assertThat(control).contains("discontinuous non-linear control").doesNotContain("discontinuous non-linear");
        // arXiv tune 2506.10465: a gerund is a noun, the term stops at the brackets.
        assertThat(texts(extract("While recent advancements in multimodal large language models (MLLMs) have "
                + "improved medical question-answering (QA) tasks, most methods struggle to generate precise "
                + "segmentation masks.")))
                .anyMatch(x -> x.endsWith("question-answering")).noneMatch(x -> x.contains("question-answering task"));
    }

    @Test
    void anAsteriskEndingANameIsPartOfItAndALetterWithOneIsAVariable() {
        // Inspec tune 150 and 357.
        List<String> ctl = texts(extract("This paper defines and examines model checking games for the branching time "
                + "temporal logic CTL*. The correctness of these games is proved, and optimizations are considered to "
                + "obtain model checking games for important fragments of CTL*."));
        assertThat(ctl).contains("CTL*").doesNotContain("CTL");

        List<String> dual = texts(extract("In this paper we present an extension of the Minkowski embedding theorem, "
                + "showing the existence of an isometric embedding between the classF/sub c/(X) of compact-convex and "
                + "level-continuous fuzzy sets on a real separable Banach space X and C([0, 1] * B(X*)), the Banach "
                + "space of real continuous functions defined on the cartesian product between [0, 1] and the unit "
                + "ball B(X*) in the dual space X*."));
        assertThat(dual).contains("dual space").noneMatch(x -> x.contains("X*"));
    }

    private static double termhood(List<TermCandidate> cs, String text) {
        return cs.stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow().termhood();
    }

    private static List<TermCandidate> extract(String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.EN, null, text));
    }

    private static List<String> texts(List<TermCandidate> cs) {
        return cs.stream().map(TermCandidate::text).toList();
    }
}
