package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnclosedPiecesTest {
    @Test
    void aPieceTheTextWritesOnlyInsideOneLongerCandidateIsDropped() {
        // Inspec tune 562: "Encryption Standard" ends "Advanced Encryption Standard", so InnerPhrases keeps it as a
        // head term, but the text never writes it on its own.
        Document doc = new Document("562", "docs/562.txt", Lang.EN,
                "The Advanced Encryption Standard - implementation and transition to a new cryptographic benchmark",
                "This article describes the process that has led to the development of the latest cryptographic "
                        + "benchmark; the Advanced Encryption Standard (AES).");
        List<ScoredCandidate> kept = EnclosedPieces.drop(List.of(
                scored("Advanced Encryption Standard", "AES", 0.6),
                scored("cryptographic benchmark", null, 0.5),
                scored("Encryption Standard", null, 0.4)), doc);

        assertThat(kept).extracting(s -> s.candidate().text())
                .containsExactly("Advanced Encryption Standard", "cryptographic benchmark");
    }

    @Test
    void aPieceThatStandsOnItsOwnOrInsideTwoLongerOnesStays() {
        // Inspec tune 3: "NuVox" stands alone in the title; 6: "regulatory compliance" in the title and inside both
        // "regulatory compliance efforts" and "the new regulatory compliance unit".
        Document nuvox = new Document("3", "docs/3.txt", Lang.EN,
                "NuVox shows staying power with new cash, new market",
                "Who says you can't raise cash in today's telecom market? NuVox Communications positions itself for "
                        + "the long run with $78.5 million in funding and a new credit facility");
        assertThat(EnclosedPieces.drop(List.of(scored("NuVox Communications", null, 0.36),
                scored("NuVox", null, 0.36)), nuvox)).hasSize(2);

        Document sbc = new Document("6", "docs/6.txt", Lang.EN, null,
                "SBC Communications last week created a unit it hopes will bring a cohesiveness and efficiency to its "
                        + "regulatory compliance efforts that previously had been lacking. The carrier also hopes the "
                        + "new regulatory compliance unit will help it accomplish its short-term goal of landing FCC "
                        + "approval.");
        assertThat(EnclosedPieces.drop(List.of(scored("regulatory compliance", null, 0.47),
                scored("regulatory compliance unit", null, 0.34),
                scored("regulatory compliance effort", null, 0.31)), sbc)).hasSize(3);
    }

    @Test
    void anAbbreviatedPieceAndChineseStay() {
        // Inspec tune 339: "the Landsat Thematic Mapper (TM)": the short form is the piece's.
        Document doc = new Document("339", "docs/339.txt", Lang.EN, null,
                "Our wavelet-based registration algorithm is tested successfully with data from the Landsat Thematic "
                        + "Mapper (TM), which differ by translation and/or rotation.");
        List<ScoredCandidate> kept = EnclosedPieces.drop(List.of(
                scored("Landsat Thematic Mapper", null, 0.4),
                scored("Thematic Mapper", "TM", 0.55),
                new ScoredCandidate(new TermCandidate(Lang.ZH, "学习", "学习", List.of(), null, null, null, "ctx",
                        "339", 0, 1, 0.5), 0.4)), doc);

        assertThat(kept).hasSize(3);
    }

    @Test
    void wordsAreComparedWithoutCaseHyphensOrPluralEndings() {
        assertThat(EnclosedPieces.words("Population-learning Algorithms")).containsExactly("population", "learning",
                "algorithm");
        List<String> text = EnclosedPieces.words("the population learning algorithms; population learning");
        assertThat(EnclosedPieces.onlyInside(text, EnclosedPieces.words("population learning"),
                EnclosedPieces.words("population learning algorithm"))).isFalse();
        assertThat(EnclosedPieces.onlyInside(text.subList(0, 4), EnclosedPieces.words("population learning"),
                EnclosedPieces.words("population learning algorithm"))).isTrue();
        assertThat(EnclosedPieces.onlyInside(text, EnclosedPieces.words("genetic algorithm"),
                EnclosedPieces.words("population learning algorithm"))).as("never written").isFalse();
    }

    private static ScoredCandidate scored(String text, String abbr, double score) {
        return new ScoredCandidate(new TermCandidate(Lang.EN, GenericPhrases.normalize(text), text, List.of(), abbr,
                null, null, "A sentence with " + text + ".", "d", 0, 1, 0.5), score);
    }
}
