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
    void aPhraseSaidTwiceAlwaysAfterTheSameDescribingWordTakesIt() {
        // Inspec tune 593: "Gaussian concepts" comes twice, both times after "overlapping".
        List<String> texts = texts(new Document("593", "docs/593.txt", Lang.EN,
                "Fuzzy systems with overlapping Gaussian concepts: Approximation properties in Sobolev norms",
                "In this paper the approximating capabilities of fuzzy systems with overlapping Gaussian concepts are "
                        + "considered. The target function is assumed to be sampled either on a regular gird or "
                        + "according to a uniform probability density."));

        assertThat(texts).contains("overlapping Gaussian concept").doesNotContain("Gaussian concept");
    }

    @Test
    void aPhraseSaidTwiceAlwaysBeforeTheSameNounTakesIt() {
        // Inspec tune 1476: "visual detection" comes twice, both times before "task", a head NounPhrases drops.
        List<String> texts = texts(new Document("1476", "docs/1476.txt", Lang.EN,
                "The perceived utility of human and automated aids in a visual detection task",
                "Nearly 275 Cameron University students participated in 1 of 3 experiments performed to examine the "
                        + "effects of perceived utility on automation use in a visual detection task and to compare "
                        + "reliance on automated aids with reliance on humans."));

        assertThat(texts).contains("visual detection task").doesNotContain("visual detection");
    }

    @Test
    void aListedModifierOrAWordSeenOnceStaysOut() {
        // Inspec tune 1114: "new" before "algebraic modelling approach" twice is generic-words.txt's [modifier];
        // "distributed problem-solving" comes twice after "to" and "to" (no describing word).
        List<String> texts = texts(new Document("1114", "docs/1114.txt", Lang.EN,
                "A new algebraic modelling approach to distributed problem-solving in MAS",
                "This paper is devoted to a new algebraic modelling approach to distributed problem-solving in "
                        + "multi-agent systems (MAS), which is featured by a unified framework for describing and "
                        + "treating social behaviors, social dynamics and social intelligence."));

        assertThat(texts).contains("algebraic modelling approach").noneMatch(t -> t.startsWith("new "));
    }

    private static List<String> texts(Document doc) {
        return extractor.extract(doc).stream().map(TermCandidate::text).toList();
    }
}
