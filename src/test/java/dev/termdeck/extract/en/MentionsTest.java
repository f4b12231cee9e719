package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a text only mentions ({@link Mentions}), on real sentences of the Inspec tune split: a person it quotes, a
 * piece of a reference, an owner's possessive, a symbol spelled out and a unit after a number are no candidates; a
 * person the title names, an eponym and a name the text uses are.
 */
class MentionsTest {
    /** Inspec tune 1411. */
    private static final String QUOTED = "\"Our mission is to improve the quality of the Internet experience for "
            + "end-users,\" says Gordon Smith, vice president of marketing at Speedera Networks in Santa Clara, "
            + "California, \"and to enable Web-site operators to provide better delivery quality, performance, "
            + "scalability, and security through an outsourced service model that slashes IT costs.\"";
    /** Inspec tune 1574 (title, then the text). */
    private static final String LOOKS_TITLE = "No-go areas? [content management]";
    private static final String LOOKS = "Alex Fry looks at how content management systems can be used to ensure "
            + "website access for one important customer group, the disabled";
    /** Inspec tune 264. */
    private static final String BEARMAN_TITLE = "The archival imagination of David Bearman, revisited";
    private static final String BEARMAN = "Many archivists regard the archival imagination evidenced in the "
            + "writings of David Bearman as avant-garde. Archivist L. Henry (1998) has sharply criticized Bearman for "
            + "being irreverent toward the archival theory and practice outlined by classical American archivist "
            + "T. R. Schellenberg. The article provides general observations on Bearman's archival imagination, "
            + "lists some of its components, and addresses elements of Henry's critique.";
    /** Inspec tune 393. */
    private static final String SPALL = "The resulting nonsmooth optimization problem is solved by an adapted version "
            + "of the simultaneous perturbation stochastic approximation (SPSA) method of J. Spall (IEEE Trans. "
            + "Automat. Contr., vol. 37, p. 332-41, Mar. 1992). The main idea is to generate a smooth approximation "
            + "by a randomization procedure.";
    /** Inspec tune 1571. */
    private static final String GAIA = "This work continues investigation into Gaia theory (Lovelock, The ages of "
            + "Gaia, Oxford University Press, 1995) from an artificial life perspective (Downing, Proceedings of the "
            + "7th International Conference on Artificial Life, p. 90-99, MIT Press, 2000), with the aim of assessing "
            + "the general compatibility of emergent distributed environmental control with conventional natural "
            + "selection.";
    /** Inspec tune 1446. */
    private static final String JAVA = "Practical experience has taught many Java developers one thing: critical "
            + "resources (mutexes, database connections, transactions, file handles, etc.) require timely and "
            + "systematic release. Unfortunately, Java's garbage collector is not up to that job.";
    /** Inspec tune 391. */
    private static final String HOTELLING = "Alternatives like the adjusted Hotelling's test, Bayes information "
            + "criterion and the Wald test on source amplitudes are seen to be effective. The adjusted Hotelling's "
            + "test is recommended if a conservative approach is taken.";
    /** Inspec tune 1133. */
    private static final String GAMMA = "The abstract form of these problems can be described as finding a point in "
            + "a nonempty bounded convex body Gamma in the cone of symmetric positive semidefinite matrices.";
    /** Inspec tune 216. */
    private static final String GHZ = "These data for various dimensions of the raindrops (mean effective radius "
            + "from 0 to 3.25 mm), frequencies (10 to 80 GHz), (horizontal and vertical) polarizations, and "
            + "temperatures (0, 10 and 20 degrees C) are stored to establish a data bank. At three operating "
            + "frequencies of 15, 21.225, and 38 GHz locally used in Singapore, some new TCS values are obtained.";
    /** Inspec tune 1148. */
    private static final String MEV = "The in-air spatial distributions were found to have full width at half "
            + "maximum of 4.7 and 1.3 cm, at 100 cm from the source, for the 10 and 50 MeV beams, respectively. "
            + "Energy spectra for the 10 and 50 MeV beams were determined by simulating the components of the "
            + "microtron treatment head.";

    private static OpenNlpTermExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
    }

    @Test
    void aPersonTheTextQuotesIsNoTermUnlessTheTitleNamesThem() {
        assertThat(texts(extract(null, QUOTED))).doesNotContain("Gordon Smith").contains("Speedera Networks");
        assertThat(texts(extract(LOOKS_TITLE, LOOKS))).doesNotContain("Alex Fry");
        assertThat(texts(extract(BEARMAN_TITLE, BEARMAN))).contains("David Bearman");
    }

    @Test
    void aPieceOfAReferenceIsNoTerm() {
        assertThat(texts(extract(null, SPALL))).doesNotContain("IEEE Trans");
        assertThat(texts(extract(null, GAIA))).doesNotContain("MIT Press", "Oxford University Press",
                "International Conference").contains("Gaia theory");
        assertThat(Mentions.isReferencePiece(new CandidateTally.Entry("partii"), "part II", "", List.of())).isTrue();
    }

    @Test
    void anOwnersPossessiveIsNoTermAnEponymIs() {
        assertThat(texts(extract(null, JAVA))).doesNotContain("Java's garbage collector");
        assertThat(texts(extract(BEARMAN_TITLE, BEARMAN))).doesNotContain("Bearman's archival imagination")
                .contains("archival imagination");
        assertThat(texts(extract(null, HOTELLING))).contains("adjusted Hotelling's test");
    }

    @Test
    void aSymbolSpelledOutIsNoTerm() {
        assertThat(texts(extract(null, GAMMA))).doesNotContain("nonempty bounded convex body Gamma");
        assertThat(Mentions.isSymbol("space Omega".split(" "))).isTrue();
        assertThat(Mentions.isSymbol("Delta phi".split(" "))).isTrue();
        assertThat(Mentions.isSymbol("lambda calculus".split(" "))).isFalse();
        assertThat(Mentions.isSymbol("UPSILON".split(" "))).as("a name in capitals").isFalse();
    }

    @Test
    void aUnitAfterANumberIsNoTerm() {
        assertThat(texts(extract(null, GHZ))).doesNotContain("GHz");
        assertThat(texts(extract(null, MEV))).doesNotContain("MeV beam", "MeV");
        assertThat(Mentions.isUnit("GHz", "a 1.8-GHz mobile chip and 2 GHz notebooks")).isTrue();
        assertThat(Mentions.isUnit("NIST", "the 2000 NIST speaker recognition evaluation")).as("after a year")
                .isFalse();
        assertThat(Mentions.isUnit("GHz", "speeds of 2 GHz; the GHz race")).as("also without a number").isFalse();
    }

    private static List<String> texts(List<TermCandidate> cs) {
        return cs.stream().map(TermCandidate::text).toList();
    }

    private static List<TermCandidate> extract(String title, String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.EN, title, text));
    }
}
