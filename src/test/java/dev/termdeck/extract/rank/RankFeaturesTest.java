package dev.termdeck.extract.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the learned ranker reads of a candidate: where the text writes it and how, never which words it has. */
class RankFeaturesTest {
    private static final String TITLE = "Metaschemas for ER, ORM and UML data models: a comparison";
    /** Inspec tune 67, its first two sentences. */
    private static final Document DOC = new Document("67", "67.txt", Lang.EN, TITLE, """
            This paper provides metaschemas for some of the main database modeling notations used in industry. Two \
            Entity Relationship (ER) notations (Information Engineering and Barker) are examined in detail, as well \
            as Object Role Modeling (ORM) conceptual schema diagrams.""");

    @Test
    void whereAndHowTheTextWritesEachCandidate() {
        int second = TITLE.length() + 1 + DOC.text().indexOf("conceptual");
        List<RankFeatures.Candidate> pool = List.of(
                new RankFeatures.Candidate("UML data model", "umldatamodel", 0.53, 0.7, false, false, 1, 1, 20),
                new RankFeatures.Candidate("conceptual schema diagram", "conceptualschemadiagram", 0.342, 0.57,
                        false, false, 1, 1, second));

        float[][] f = RankFeatures.of(DOC, pool);

        assertThat(f).hasNumberOfRows(2);
        assertThat(f[0]).hasSize(RankFeatures.NAMES.size());
        assertThat(value(f[0], "in-title")).isEqualTo(1f);
        assertThat(value(f[0], "inner-capital")).isEqualTo(1f);
        assertThat(value(f[0], "share-of-best")).isEqualTo(1f);
        assertThat(value(f[1], "in-title")).isEqualTo(0f);
        assertThat(value(f[1], "three-words")).isEqualTo(1f);
        assertThat(value(f[1], "lower-case")).isEqualTo(1f);
        assertThat(value(f[1], "first-sentence")).isEqualTo(0f);
        assertThat(value(f[1], "last-sentence")).isEqualTo(1f);
        assertThat(value(f[1], "share-of-best")).isEqualTo((float) (0.342 / 0.53));
        for (float[] row : f) {
            for (float v : row) {
                assertThat(v).isBetween(0f, 1f);
            }
        }
    }

    private static float value(float[] row, String name) {
        return row[RankFeatures.NAMES.indexOf(name)];
    }
}
