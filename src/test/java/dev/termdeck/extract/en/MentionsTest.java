package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a text only mentions ({@link Mentions}), on real sentences of the Inspec tune split: a person it quotes, a
 * piece of a reference, an owner's possessive, a symbol spelled out and a unit after a number are no candidates; a
 * person the title names, an eponym and a name the text uses are.
 */
class MentionsTest {
    private static OpenNlpTermExtractor extractor;
    /** The sentences by name ({@code mentions-sentences.tsv}: each from the Inspec tune document it names). */
    private static Map<String, String> sentences;

    @BeforeAll
    static void load() throws IOException {
        extractor = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
        sentences = new HashMap<>();
        try (InputStream in = MentionsTest.class.getResourceAsStream("mentions-sentences.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3) {
                    sentences.put(f[0], f[2]);
                }
            }
        }
    }

    @Test
    void aPersonTheTextQuotesIsNoTermUnlessTheTitleNamesThem() {
        assertThat(texts(extract(null, s("QUOTED")))).doesNotContain("Gordon Smith").contains("Speedera Networks");
        assertThat(texts(extract(s("LOOKS_TITLE"), s("LOOKS")))).doesNotContain("Alex Fry");
        assertThat(texts(extract(s("BEARMAN_TITLE"), s("BEARMAN")))).contains("David Bearman");
        assertThat(texts(extract(null, s("NICOLA")))).as("an initial before the name, where the sentence splitter "
                + "ends a sentence").doesNotContain("De Nicola");
    }

    @Test
    void theFirstPieceOfANameBeforeOfIsNoTerm() {
        assertThat(texts(extract(s("BEIJING_TITLE"), s("BEIJING")))).doesNotContain("Beijing Institute",
                "Technology's digital-driving project");
    }

    @Test
    void aPieceOfAReferenceIsNoTerm() {
        assertThat(texts(extract(null, s("SPALL")))).doesNotContain("IEEE Trans");
        assertThat(texts(extract(null, s("GAIA")))).doesNotContain("MIT Press", "Oxford University Press",
                "International Conference").contains("Gaia theory", "artificial life");
        assertThat(Mentions.isReferencePiece(new CandidateTally.Entry("partii"), "part II", "", List.of())).isTrue();
    }

    @Test
    void anOwnersPossessiveIsNoTermAnEponymIs() {
        assertThat(texts(extract(null, s("JAVA")))).doesNotContain("Java's garbage collector");
        assertThat(texts(extract(s("BEARMAN_TITLE"), s("BEARMAN")))).doesNotContain("Bearman's archival imagination")
                .contains("archival imagination");
        assertThat(texts(extract(s("TORONTO_TITLE"), s("TORONTO")))).as("the possessed thing is a name of its own")
                .doesNotContain("Toronto's Mount Sinai Hospital").contains("Mount Sinai Hospital");
        assertThat(texts(extract(null, s("HOTELLING")))).contains("adjusted Hotelling's test");
    }

    @Test
    void anEponymIsAlsoWrittenWithoutItsPossessive() {
        assertThat(extract(null, s("POISSON")).stream().filter(c -> c.text().equals("Poisson's equation"))
                .flatMap(c -> c.variants().stream())).contains("Poisson equation");
    }

    @Test
    void aSymbolSpelledOutIsNoTerm() {
        assertThat(texts(extract(null, s("GAMMA")))).doesNotContain("nonempty bounded convex body Gamma");
        assertThat(Mentions.isSymbol("space Omega".split(" "))).isTrue();
        assertThat(Mentions.isSymbol("Delta phi".split(" "))).isTrue();
        assertThat(Mentions.isSymbol("lambda calculus".split(" "))).isFalse();
        assertThat(Mentions.isSymbol("UPSILON".split(" "))).as("a name in capitals").isFalse();
    }

    @Test
    void aUnitAfterANumberIsNoTerm() {
        assertThat(texts(extract(null, s("GHZ")))).doesNotContain("GHz");
        assertThat(texts(extract(null, s("MEV")))).doesNotContain("MeV beam", "MeV");
        assertThat(Mentions.isUnit("GHz", "a 1.8-GHz mobile chip and 2 GHz notebooks")).isTrue();
        assertThat(Mentions.isUnit("NIST", "the 2000 NIST speaker recognition evaluation")).as("after a year")
                .isFalse();
        assertThat(Mentions.isUnit("GHz", "speeds of 2 GHz; the GHz race")).as("also without a number").isFalse();
    }

    private static String s(String name) {
        return java.util.Objects.requireNonNull(sentences.get(name), name);
    }

    private static List<String> texts(List<TermCandidate> cs) {
        return cs.stream().map(TermCandidate::text).toList();
    }

    private static List<TermCandidate> extract(String title, String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.EN, title, text));
    }
}
