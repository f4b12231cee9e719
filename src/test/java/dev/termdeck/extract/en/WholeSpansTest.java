package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WholeSpansTest {
    private static OpenNlpTermExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
    }

    @Test
    void aPhraseSaidTwiceAlwaysWithTheSameWordBesideItTakesIt() {
        // Inspec tune 593: "Gaussian concepts" comes twice, both times after "overlapping"; 1476: "visual detection"
        // comes twice, both times before "task", a head NounPhrases drops.
        List<String> before = texts("593",
                "Fuzzy systems with overlapping Gaussian concepts: Approximation properties in Sobolev norms",
                "In this paper the approximating capabilities of fuzzy systems with overlapping Gaussian concepts are "
                        + "considered. The target function is assumed to be sampled either on a regular gird or "
                        + "according to a uniform probability density.");
        List<String> after = texts("1476",
                "The perceived utility of human and automated aids in a visual detection task",
                "Nearly 275 Cameron University students participated in 1 of 3 experiments performed to examine the "
                        + "effects of perceived utility on automation use in a visual detection task and to compare "
                        + "reliance on automated aids with reliance on humans.");

        assertThat(before).contains("overlapping Gaussian concept").doesNotContain("Gaussian concept");
        assertThat(after).contains("visual detection task").doesNotContain("visual detection");
    }

    @Test
    void aListedModifierOrAWordSeenOnceStaysOut() {
        // Inspec tune 1114: "new" before "algebraic modelling approach" twice is generic-words.txt's [modifier];
        // "distributed problem-solving" comes twice after "to" and "to" (no describing word).
        List<String> texts = texts("1114",
                "A new algebraic modelling approach to distributed problem-solving in MAS",
                "This paper is devoted to a new algebraic modelling approach to distributed problem-solving in "
                        + "multi-agent systems (MAS), which is featured by a unified framework for describing and "
                        + "treating social behaviors, social dynamics and social intelligence.");

        assertThat(texts).contains("algebraic modelling approach").noneMatch(t -> t.startsWith("new "));
    }

    /** The candidates' texts of an Inspec tune document. */
    private static List<String> texts(String id, String title, String text) {
        return extractor.extract(new Document(id, "docs/" + id + ".txt", Lang.EN, title, text)).stream()
                .map(TermCandidate::text).toList();
    }
}
