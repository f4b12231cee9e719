package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Words of the sentence glued onto a term's edges, each on a real sentence of the arXiv tune pages or the Inspec tune
 * half: the verb of an infinitive or after a modal before its object, a describing word before a long form whose initials the short form gives, title-case
 * parts of compounds left in a title written in sentence case, markup left in a long form.
 */
class GluedWordsTest {
    private static OpenNlpTermExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
    }

    @Test
    void theVerbOfAnInfinitiveBeforeADescribedObjectStartsNoPhrase() {
        // "to extract/NOUN structured/VERB facets", "to better process/NOUN numerical sequences".
        List<String> t = texts(extract("Traditional approaches often rely on multiple task-specific Named Entity "
                + "Recognition models to extract structured facets as seen in job search applications. Our findings "
                + "suggest that a more promising direction would be to focus on fine-tuning LLMs to better process "
                + "numerical sequences."));

        assertThat(t).contains("structured facet", "numerical sequence")
                .noneMatch(x -> x.startsWith("extract") || x.startsWith("process"));
    }

    @Test
    void theVerbAfterAModalOrAnAdverbAfterToStartsNoPhrase() {
        // Inspec tune half: "does not need/VERB stepwise computing", "to properly model/NOUN arterial autoregulation".
        List<String> t = texts(extract("The method in the paper performs multi-degree reduction at one time and "
                + "does not need stepwise computing. A key point in creating realistic simulations is to properly "
                + "model arterial autoregulation."));

        assertThat(t).contains("arterial autoregulation").noneMatch(x -> x.startsWith("need") || x.startsWith("model"));
    }

    @Test
    void aNounAfterToIsStillANoun() {
        List<String> t = texts(extract("The method is applied to image segmentation of histopathology slides."));

        assertThat(t).contains("image segmentation");
    }

    @Test
    void theLongFormOfABracketedShortFormWinsOverWordsGluedBeforeIt() {
        List<TermCandidate> cs = extract("We integrate module-specific Low-Rank Adaptation (LoRA) mechanisms "
                + "throughout our Swin Transformer-based joint source-channel coding architecture.");

        assertThat(texts(cs)).contains("Low-Rank Adaptation").doesNotContain("module-specific Low-Rank Adaptation");
    }

    @Test
    void aCapitalisedNameLongerThanItsShortFormStaysWhole() {
        List<String> t = texts(extract("Residual Reinforcement Learning (RL) is a popular approach for adapting "
                + "pretrained policies by learning a lightweight residual policy that provides corrective actions. "
                + "While Residual RL is more sample-efficient than finetuning the entire base policy, it struggles."));

        assertThat(t).contains("Residual Reinforcement Learning");
    }

    @Test
    void titleCasePartsOfACompoundAreWrittenInSentenceCaseWithTheRest() {
        assertThat(Titles.sentenceCase("The Energy-Efficient Hierarchical Neural Network with Fast FPGA-Based "
                + "Incremental Learning", Set.of()))
                .isEqualTo("the energy-efficient hierarchical neural network with fast FPGA-based incremental learning");
        assertThat(Titles.sentenceCase("Spectral Representation-based Reinforcement Learning", Set.of()))
                .isEqualTo("spectral representation-based reinforcement learning");
        assertThat(Titles.sentenceCase("Enabling Local Neural Operators to perform Equation-Free System-Level "
                + "Analysis", Set.of("Equation-Free", "Operators")))
                .as("a name-word right after a lowered word goes with it, as in SpanRulesTest")
                .isEqualTo("enabling local neural operators to perform Equation-Free system-level analysis");
    }

    @Test
    void aHyphenLeftBeforeASpaceInALongFormJoinsItsWords() {
        List<TermCandidate> cs = extract("This paper delves into the field of chip design using LLMs, specifically in "
                + "Power- Performance-Area (PPA) optimization and the generation of accurate Verilog codes for "
                + "circuit designs.");

        assertThat(texts(cs)).contains("Power-Performance-Area").noneMatch(x -> x.contains("- "));
    }

    @Test
    void aLongFormWithMarkupLeftInItIsNoTerm() {
        // Text that no corpus reader cleaned (the reader turns the markup into plain text first).
        List<String> t = texts(extract("We introduce a \\textbf{Micro-Navigation Economic Testbed} (MNET) that "
                + "evaluates embodied agents. MNET reports the cost of each delivery."));

        assertThat(t).noneMatch(x -> x.contains("\\") || x.contains("$") || x.contains("{"));
    }

    private static List<TermCandidate> extract(String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.EN, null, text));
    }

    private static List<String> texts(List<TermCandidate> cs) {
        return cs.stream().map(TermCandidate::text).toList();
    }
}
