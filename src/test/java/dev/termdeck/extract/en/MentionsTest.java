package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a text only mentions ({@link Mentions}), on real sentences of the Inspec tune split: a person it quotes, a
 * piece of a reference, an owner's possessive, a symbol spelled out and a unit after a number are no candidates; a
 * person the title names, an eponym and a name the text uses are.
 */
class MentionsTest {
    /** The sentences by name ({@code mentions-sentences.tsv}: each from the Inspec tune document it names). */
    private static TaggedSentences sentences;

    @BeforeAll
    static void load() {
        sentences = TaggedSentences.load(MentionsTest.class, "mentions-sentences.tsv");
    }

    @Test
    void aPersonTheTextQuotesIsNoTermUnlessTheTitleNamesThem() {
        assertThat(sentences.terms(null, s("QUOTED"))).doesNotContain("Gordon Smith").contains("Speedera Networks");
        assertThat(sentences.terms(s("LOOKS_TITLE"), s("LOOKS"))).doesNotContain("Alex Fry");
        assertThat(sentences.terms(s("BEARMAN_TITLE"), s("BEARMAN"))).contains("David Bearman");
        assertThat(sentences.terms(null, s("NICOLA"))).as("an initial before the name, where the sentence splitter "
                + "ends a sentence").doesNotContain("De Nicola");
    }

    @Test
    void theFirstPieceOfANameBeforeOfIsNoTerm() {
        assertThat(sentences.terms(s("BEIJING_TITLE"), s("BEIJING"))).doesNotContain("Beijing Institute",
                "Technology's digital-driving project");
    }

    @Test
    void aPieceOfAReferenceIsNoTerm() {
        assertThat(sentences.terms(null, s("SPALL"))).doesNotContain("IEEE Trans");
        assertThat(sentences.terms(null, s("GAIA"))).doesNotContain("MIT Press", "Oxford University Press",
                "International Conference").contains("Gaia theory", "artificial life");
        assertThat(Mentions.isReferencePiece(new CandidateTally.Entry("partii"), "part II", "", List.of())).isTrue();
    }

    @Test
    void anOwnersPossessiveIsNoTermAnEponymIs() {
        assertThat(sentences.terms(null, s("JAVA"))).doesNotContain("Java's garbage collector");
        assertThat(sentences.terms(s("BEARMAN_TITLE"), s("BEARMAN"))).doesNotContain("Bearman's archival imagination")
                .contains("archival imagination");
        assertThat(sentences.terms(s("TORONTO_TITLE"), s("TORONTO"))).as("the possessed thing is a name of its own")
                .doesNotContain("Toronto's Mount Sinai Hospital").contains("Mount Sinai Hospital");
        assertThat(sentences.terms(null, s("HOTELLING"))).contains("adjusted Hotelling's test");
    }

    @Test
    void anEponymIsAlsoWrittenWithoutItsPossessive() {
        assertThat(sentences.candidates(null, s("POISSON")).stream().filter(c -> c.text().equals("Poisson's equation"))
                .flatMap(c -> c.variants().stream())).contains("Poisson equation");
    }

    @Test
    void aSymbolSpelledOutIsNoTerm() {
        assertThat(sentences.terms(null, s("GAMMA"))).doesNotContain("nonempty bounded convex body Gamma");
        assertThat(Mentions.isSymbol("space Omega".split(" "))).isTrue();
        assertThat(Mentions.isSymbol("Delta phi".split(" "))).isTrue();
        assertThat(Mentions.isSymbol("lambda calculus".split(" "))).isFalse();
        assertThat(Mentions.isSymbol("UPSILON".split(" "))).as("a name in capitals").isFalse();
    }

    @Test
    void aUnitAfterANumberIsNoTerm() {
        assertThat(sentences.terms(null, s("GHZ"))).doesNotContain("GHz");
        assertThat(sentences.terms(null, s("MEV"))).doesNotContain("MeV beam", "MeV");
        assertThat(Mentions.isUnit("GHz", "a 1.8-GHz mobile chip and 2 GHz notebooks")).isTrue();
        assertThat(Mentions.isUnit("NIST", "the 2000 NIST speaker recognition evaluation")).as("after a year")
                .isFalse();
        assertThat(Mentions.isUnit("GHz", "speeds of 2 GHz; the GHz race")).as("also without a number").isFalse();
    }

    private static String s(String name) {
        return sentences.get(name);
    }
}
