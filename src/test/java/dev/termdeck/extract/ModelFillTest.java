package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import dev.termdeck.extract.rank.RankModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learned ranker's places ({@link ModelFill}) on an abstract of the Inspec tune split. */
class ModelFillTest {
    /** Inspec tune 67, title and abstract. */
    private static final Document METASCHEMAS = new Document("67", "67.txt", Lang.EN,
            "Metaschemas for ER, ORM and UML data models: a comparison", """
            This paper provides metaschemas for some of the main database modeling notations used in industry. Two \
            Entity Relationship (ER) notations (Information Engineering and Barker) are examined in detail, as well \
            as Object Role Modeling (ORM) conceptual schema diagrams. The discussion of optionality, cardinality and \
            multiplicity is widened to include Unified Modeling Language (UML) class diagrams. Issues addressed in \
            the metamodel analysis include the normalization impact of non-derived constraints on derived \
            associations, the influence of orthogonality on language transparency, and trade-offs between \
            simplicity and expressibility. To facilitate comparison, the same modeling notation is used to display \
            each metaschema. For this purpose, ORM is used because of its greater expressibility and clarity""");

    /**
     * The hand score keeps the first four terms and decides how many the abstract keeps; the model fills the places
     * after them from every candidate, those under the cut-off too.
     */
    @Test
    void theModelFillsThePlacesAfterTheFirstFour() {
        List<ScoredCandidate> today = candidates("Object Role Modeling", "Unified Modeling Language",
                "Entity Relationship", "UML data model", "metaschema", "expressibility");
        List<ScoredCandidate> likeliest = List.of(today.get(1), today.get(4), candidates("conceptual schema diagram")
                .get(0), today.get(5), today.get(0));

        assertThat(ModelFill.keep(today, likeliest)).extracting(s -> s.candidate().text()).containsExactly(
                "Object Role Modeling", "Unified Modeling Language", "Entity Relationship", "UML data model",
                "metaschema", "conceptual schema diagram");
        assertThat(ModelFill.keep(today.subList(0, 4), likeliest)).isEqualTo(today.subList(0, 4));
    }

    /**
     * In Inspec tune 67 the scores drop after "metaschema", and the hand score gives the last place to
     * "expressibility", said twice in passing ("trade-offs between simplicity and expressibility", "its greater
     * expressibility and clarity"); the model gives it to "conceptual schema diagram", a longer phrase of the second
     * sentence (one of the indexer's keyphrases).
     */
    @Test
    void theBundledModelPrefersAPhraseOfTheTextToAWordSaidInPassing() {
        OpenNlpTermExtractor x = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
        List<TermCandidate> found = x.extract(METASCHEMAS);
        Map<String, Integer> df = CandidateScores.documentFrequencies(List.of(found));
        CandidateScores.Pool pool = new CandidateScores(Selection.KEYPHRASES, GenericPhrases.bundled())
                .pool(METASCHEMAS, found, df);
        List<ScoredCandidate> today = ScoreDrop.keep(pool.passing(), Selection.DEFAULT_PER_DOCUMENT);
        List<ScoredCandidate> likeliest = ModelFill.likeliest(Selection.KEYPHRASES, METASCHEMAS, pool, df);

        assertThat(RankModel.bundled()).isPresent();
        assertThat(today).extracting(s -> s.candidate().text()).containsExactly("Object Role Modeling",
                "Unified Modeling Language", "Entity Relationship", "UML data model", "metaschema", "expressibility");
        assertThat(ModelFill.keep(today, likeliest)).extracting(s -> s.candidate().text()).containsExactly(
                "Object Role Modeling", "Unified Modeling Language", "Entity Relationship", "UML data model",
                "metaschema", "conceptual schema diagram");
        assertThat(ModelFill.likeliest(Selection.DEFAULT, METASCHEMAS, pool, df)).isNull();
    }

    private static List<ScoredCandidate> candidates(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new ScoredCandidate(new TermCandidate(Lang.EN,
                t.toLowerCase(java.util.Locale.ROOT).replace(" ", ""), t, List.of(), null, null, null, t, "67", 0, 1,
                0.5), 0.5)).toList();
    }
}
