package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence the ranking measured on the Inspec tune split, on real sentences of the tune halves: lower-case words
 * before a short form ("helical CT", "explainable medical VLMs") and a short form the text spells out followed by one
 * noun ("UML metamodel") count less; a phrase the text defines or the title names does not; so do a phrase that ends
 * in a short form after a capitalised word ("Windows XP") and one led by an "-ing" verb that is no noun ("obtaining
 * union cooperation").
 */
class RankingEvidenceTest {
    /** Inspec tune 1156. */
    private static final String HELICAL = "In this paper, we seek to develop image reconstruction strategies that "
            + "eliminate or reduce, at its source, the nonuniformity of noise levels in helical CT relative to that in "
            + "conventional CT.";
    /** Inspec tune 65. */
    private static final String UML = "Based on users' experiences of Version 1.3 of the Unified Modeling Language "
            + "(UML) of the Object Management Group (OMG), a Request For Information in 1999 elicited several "
            + "responses which were asked to identify \"problems\" but not to offer any solutions. One of these "
            + "responses is examined for \"problems\" relating to the UML metamodel and here some solutions to the "
            + "problems identified there are proposed.";
    private static OpenNlpTermExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
    }

    @Test
    void lowerCaseWordsBeforeAShortFormCountLess() {
        assertThat(Words.isWordBeforeShortForm("helical CT".split(" "))).isTrue();
        assertThat(Words.isWordBeforeShortForm("explainable medical VLMs".split(" "))).isTrue();
        assertThat(Words.isWordBeforeShortForm("multi-view 3D reconstruction".split(" "))).as("a dimension")
                .isFalse();
        assertThat(Words.isWordBeforeShortForm("CT segmentation".split(" "))).isFalse();
        assertThat(Words.isWordBeforeShortForm("Vision Transformer ViT".split(" "))).isFalse();

        TermCandidate helical = find(extract(null, HELICAL), "helical CT");
        // A two-word phrase said once in the first sentence: 0.55, its specificity and FIRST_SENTENCE, less
        // WORD_BEFORE_SHORT_FORM.
        double specificity = new Specificity(EnglishLexicon.bundled()).of(new String[] {"helical", "CT"});
        assertThat(helical.termhood()).isCloseTo(0.55 + Termhood.FIRST_SENTENCE - Termhood.WORD_BEFORE_SHORT_FORM
                + 0.2 * specificity,
                Offset.offset(1e-9));
    }

    @Test
    void aShortFormTheTextSpellsOutThenANounCountsLessUnlessTheTitleNamesIt() {
        TermCandidate spelled = find(extract(null, UML), "UML metamodel");
        TermCandidate bare = find(extract(null, UML.replace("Unified Modeling Language (UML)", "UML")),
                "UML metamodel");
        TermCandidate titled = find(extract("The Unified Modeling Language metamodel", UML), "UML metamodel");

        assertThat(spelled.termhood()).isCloseTo(bare.termhood() - Termhood.SHORT_FORM_AND_NOUN, Offset.offset(1e-9));
        assertThat(titled.termhood()).isEqualTo(bare.termhood());
    }

    /** Inspec tune 406. */
    private static final String WINDOWS = "Fast User Switching is a new feature of Windows XP that allows multiple "
            + "users to log on to the same machine and quickly switch between the logged on accounts.";
    /** Inspec tune 261. */
    private static final String UNION = "Outreach by labor archivists is vital on three critical fronts: the need to "
            + "secure union funding in support of labor archival programs; obtaining union cooperation in reviewing "
            + "and amending obsolete deposit agreements; and coordinating efforts with unions to save the records of "
            + "closing district and local union offices.";

    @Test
    void aCapitalisedPhraseThatEndsInAShortFormCountsLess() {
        assertThat(Words.endsInShortForm("Windows XP".split(" "))).isTrue();
        assertThat(Words.endsInShortForm("NEC SX-4".split(" "))).isTrue();
        assertThat(Words.endsInShortForm("linear BVPs".split(" "))).isTrue();
        assertThat(Words.endsInShortForm("multi-view 3D".split(" "))).as("a dimension").isFalse();
        assertThat(Words.endsInShortForm("CT segmentation".split(" "))).isFalse();
        assertThat(Words.endsInShortForm("Vision Transformer".split(" "))).isFalse();
        assertThat(Words.endsInShortForm("XP".split(" "))).as("one word").isFalse();

        TermCandidate windows = find(extract(null, WINDOWS), "Windows XP");
        double specificity = new Specificity(EnglishLexicon.bundled()).of(new String[] {"Windows", "XP"});
        assertThat(windows.termhood()).isCloseTo(0.55 + Termhood.FIRST_SENTENCE - Termhood.ENDS_IN_SHORT_FORM
                + 0.2 * specificity, Offset.offset(1e-9));
    }

    @Test
    void aPhraseLedByAnIngVerbThatIsNoNounCountsLess() {
        TermCandidate union = find(extract(null, UNION), "obtaining union cooperation");
        double specificity = new Specificity(EnglishLexicon.bundled())
                .of(new String[] {"obtaining", "union", "cooperation"});
        assertThat(union.termhood()).isCloseTo(0.7 + Termhood.FIRST_SENTENCE - Termhood.PLAIN_PENALTY
                - Termhood.VERB_FIRST + 0.2 * specificity, Offset.offset(1e-9));
    }

    private static List<TermCandidate> extract(String title, String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.EN, title, text));
    }

    private static TermCandidate find(List<TermCandidate> cs, String text) {
        return cs.stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError(text + " not in " + cs.stream().map(TermCandidate::text).toList()));
    }
}
