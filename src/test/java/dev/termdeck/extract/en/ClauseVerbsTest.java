package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A phrase that holds a verb of its sentence ({@link ClauseVerbs}), on real sentences of the Inspec tune split: an
 * "-s" verb after a singular determiner's noun, a headline's verb and a subject's participle make no candidate; a
 * plural subject without a singular determiner before it stays one.
 */
class ClauseVerbsTest {
    /** The sentences by name ({@code clause-verbs-sentences.tsv}: each from the Inspec tune document it names). */
    private static TaggedSentences sentences;

    @BeforeAll
    static void load() {
        sentences = TaggedSentences.load(ClauseVerbsTest.class, "clause-verbs-sentences.tsv");
    }

    @Test
    void anSVerbAfterASingularDeterminersNounMakesNoPhrase() {
        assertThat(sentences.terms(s("SCRIBE_TITLE"), s("SCRIBE"))).doesNotContain("paper present")
                .contains("Scribe");
        assertThat(sentences.terms(null, s("DEALS"))).doesNotContain("study deal");
        assertThat(sentences.terms(null, s("SHIELDS"))).doesNotContain("PCI card save");
    }

    @Test
    void aHeadlinesVerbMakesNoPhrase() {
        assertThat(sentences.terms(s("SHIELDS_TITLE"), s("SHIELDS"))).doesNotContain("firewall card shield",
                "Firewall card shield");
        assertThat(sentences.terms(s("BACKUP_TITLE"), s("BACKUP")))
                .doesNotContain("outsourced backup save", "Outsourced backup save");
    }

    @Test
    void aParticipleAfterItsSubjectMakesNoPhrase() {
        assertThat(sentences.terms(null, s("SHOWED"))).doesNotContain("showed minimal effect")
                .contains("horse race");
        assertThat(sentences.terms(null, s("DISCUSSED"))).doesNotContain("approach discussed lead");
        assertThat(sentences.terms(null, s("ALLOWED"))).doesNotContain("descriptor allowed reduction",
                "additional descriptor allowed reduction");
    }

    @Test
    void theParticipleRuleReadsTheSentencesTags() {
        assertThat(holdsVerb(s("ALLOWED"), "descriptor allowed reduction")).isTrue();
        assertThat(holdsVerb(s("DISCUSSED"), "approach discussed leads")).isTrue();
        assertThat(holdsVerb(s("ALLOWED"), "integration range")).isFalse();
        assertThat(holdsVerb(s("AGENTS"), "software agents")).isFalse();
    }

    /** Whether the words {@code phrase} of the one-sentence {@code text} hold a verb (not in a title). */
    private static boolean holdsVerb(String text, String phrase) {
        List<Token> t = new EnglishAnalyzer(EnglishModels.fromClasspath()).analyze(text).get(0).tokens();
        String[] words = phrase.split(" ");
        for (int k = 0; k + words.length <= t.size(); k++) {
            boolean same = true;
            for (int i = 0; i < words.length && same; i++) {
                same = t.get(k + i).text().equals(words[i]);
            }
            if (same) {
                return ClauseVerbs.holdsVerb(t, k, k + words.length, false, EnglishLexicon.bundled());
            }
        }
        throw new AssertionError("no '" + phrase + "' in: " + text);
    }

    @Test
    void aPluralSubjectWithoutASingularDeterminerStaysAPhrase() {
        assertThat(sentences.terms(null, s("AGENTS"))).contains("software agent");
    }

    private static String s(String name) {
        return sentences.get(name);
    }
}
