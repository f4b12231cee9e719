package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.Generated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeckAssemblerTest {
    private static final DeckSpec SPEC = new DeckSpec("t", Bilingual.of(Lang.EN, "T"), List.of("class1"),
            new Generated("termdeck test", "2026-01-01T00:00:00Z", List.of()));

    @Test
    void sameTermInTwoDocumentsIsOneCardWithBothSources() {
        FakeExtractor en = new FakeExtractor(Lang.EN, Map.of(
                "a", List.of(candidate("a", "federatedlearning", "federated learning", 0.6, null)),
                "b", List.of(candidate("b", "federatedlearning", "federated learning", 0.5, null))));

        Deck deck = assembler(List.of(en), Selection.DEFAULT, 2).assemble(docs("a", "b"), SPEC, ProgressListener.NONE);

        assertThat(deck.cards()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("federated-learning");
            assertThat(c.sources()).extracting(s -> s.doc()).containsExactly("a", "b");
            assertThat(c.tags()).containsExactly("class1");
        });
    }

    @Test
    void shortFormJoinsTheTermItAbbreviates() {
        FakeExtractor en = new FakeExtractor(Lang.EN, Map.of(
                "a", List.of(candidate("a", "largelanguagemodel", "large language model", 0.7, "LLM")),
                "b", List.of(candidate("b", "llm", "LLM", 0.7, null))));

        Deck deck = assembler(List.of(en), Selection.DEFAULT, 1).assemble(docs("a", "b"), SPEC, ProgressListener.NONE);

        assertThat(deck.cards()).singleElement().satisfies(c -> {
            assertThat(c.term().en()).isEqualTo("large language model");
            assertThat(c.abbr()).isEqualTo("LLM");
            assertThat(c.aliases().en()).doesNotContain("LLM");
        });
    }

    @Test
    void capPerDocumentMinimumScoreAndGenericPhrasesApplyToEveryLanguage() {
        List<TermCandidate> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(candidate("a", "term" + i, "term " + i, 0.9 - i * 0.01, null));
        }
        many.add(candidate("a", "weak", "weak", 0.1, null));
        many.add(candidate("a", "thispaper", "this paper", 1.0, null));
        FakeExtractor en = new FakeExtractor(Lang.EN, Map.of("a", many));
        GenericPhrases generic = GenericPhrases.of(Set.of("this paper"), Set.of());

        Deck deck = new DeckAssembler(List.of(en), new OneCardPerGroup(), new Selection(5, 0.3, 0), generic, 2)
                .assemble(docs("a"), SPEC, ProgressListener.NONE);

        assertThat(deck.cards()).extracting(Card::id)
                .containsExactlyInAnyOrder("term-0", "term-1", "term-2", "term-3", "term-4");
        // With the keyphrases' drop in score (ScoreDrop), an English abstract whose scores do not drop keeps two more.
        Deck more = new DeckAssembler(List.of(en), new OneCardPerGroup(), new Selection(5, 0.3, 0, true), generic, 2)
                .assemble(docs("a"), SPEC, ProgressListener.NONE);
        assertThat(more.cards()).hasSize(7);
    }

    @Test
    void inADocumentWithNoStrongCandidateHalfTheBestIsEnough() {
        // Scores are 0.6 x termhood here: "weak" scores 0.27, under the minimum 0.3. Beside a best of 0.48 (weak
        // document) it is more than half the best and kept; beside a best of 0.6 it is not.
        FakeExtractor en = new FakeExtractor(Lang.EN, Map.of(
                "a", List.of(candidate("a", "besta", "best a", 0.8, null), candidate("a", "weaka", "weak a", 0.45,
                        null), candidate("a", "floor", "floor", 0.35, null)),
                "b", List.of(candidate("b", "bestb", "best b", 1.0, null), candidate("b", "weakb", "weak b", 0.45,
                        null))));

        Deck deck = assembler(List.of(en), Selection.DEFAULT, 1).assemble(docs("a", "b"), SPEC,
                ProgressListener.NONE);

        assertThat(deck.cards()).extracting(Card::id).containsExactlyInAnyOrder("best-a", "weak-a", "best-b");
        assertThat(Selection.DEFAULT.keeps(0.3, 1.0)).isTrue();
        assertThat(Selection.DEFAULT.keeps(0.24, 0.48)).isTrue();
        assertThat(Selection.DEFAULT.keeps(0.23, 0.4)).as("under the floor").isFalse();
        assertThat(new Selection(10, 0, 0).keeps(0.01, 1.0)).isTrue();
    }

    @Test
    void maxCardsKeepsTheBestScored() {
        FakeExtractor en = new FakeExtractor(Lang.EN, Map.of("a", List.of(
                candidate("a", "low", "low", 0.5, null), candidate("a", "high", "high", 0.9, null))));

        Deck deck = assembler(List.of(en), new Selection(8, 0, 1), 1).assemble(docs("a"), SPEC,
                ProgressListener.NONE);

        assertThat(deck.cards()).extracting(Card::id).containsExactly("high");
    }

    @Test
    void documentsWithoutAnExtractorForTheirLanguageAreSkipped() {
        FakeExtractor en = new FakeExtractor(Lang.EN, Map.of("a", List.of(candidate("a", "x", "x", 0.9, null))));
        List<Document> docs = List.of(doc("a", Lang.EN), doc("z", Lang.ZH));
        List<int[]> progress = new ArrayList<>();

        Deck deck = assembler(List.of(en), Selection.DEFAULT, 2).assemble(docs, SPEC,
                (done, total) -> progress.add(new int[] {done, total}));

        assertThat(deck.cards()).hasSize(1);
        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("1/1");
    }

    @Test
    void outputDoesNotDependOnTheNumberOfThreads() {
        Map<String, List<TermCandidate>> byDoc = new java.util.HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            String id = "d" + d;
            ids.add(id);
            List<TermCandidate> cs = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                cs.add(candidate(id, "k" + (i * d % 13), "term " + (i * d % 13), 0.3 + (i % 7) / 10.0, null));
            }
            byDoc.put(id, cs);
        }
        FakeExtractor en = new FakeExtractor(Lang.EN, byDoc);

        String one = DeckJson.toJson(assembler(List.of(en), Selection.DEFAULT, 1)
                .assemble(docs(ids.toArray(String[]::new)), SPEC, ProgressListener.NONE));
        String four = DeckJson.toJson(assembler(List.of(en), Selection.DEFAULT, 4)
                .assemble(docs(ids.toArray(String[]::new)), SPEC, ProgressListener.NONE));

        assertThat(four).isEqualTo(one);
    }

    @Test
    void aLongDocumentIsExtractedInPiecesAndItsCandidatesMergedIntoOneDocument() {
        String paragraph = "Federated learning trains one model on data held by many clients. ".repeat(20);
        String text = (paragraph + "\n\n").repeat(3 * LongDocuments.MAX_PIECE / paragraph.length());
        List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        TermExtractor counting = new TermExtractor() {
            @Override
            public Lang lang() {
                return Lang.EN;
            }

            @Override
            public List<TermCandidate> extract(Document doc) {
                seen.add(doc.text().length());
                return List.of(new TermCandidate(Lang.EN, "federatedlearning", "federated learning", List.of(), null,
                        null, null, "Federated learning trains one model.", doc.id(), 0, 20, 0.7));
            }
        };

        Deck deck = assembler(List.of(counting), Selection.DEFAULT, 2).assemble(
                List.of(new Document("big", "big.txt", Lang.EN, null, text)), SPEC, ProgressListener.NONE);

        assertThat(seen).hasSizeGreaterThanOrEqualTo(3).allSatisfy(n -> assertThat(n)
                .isLessThanOrEqualTo(LongDocuments.MAX_PIECE));
        assertThat(seen.stream().mapToInt(Integer::intValue).sum()).isEqualTo(text.length());
        assertThat(deck.cards()).singleElement().satisfies(c -> assertThat(c.sources()).extracting(s -> s.doc())
                .containsExactly("big"));
    }

    private static DeckAssembler assembler(List<TermExtractor> extractors, Selection selection, int threads) {
        return new DeckAssembler(extractors, new OneCardPerGroup(), selection, GenericPhrases.of(Set.of(), Set.of()),
                threads);
    }

    private static List<Document> docs(String... ids) {
        List<Document> docs = new ArrayList<>();
        for (String id : ids) {
            docs.add(doc(id, Lang.EN));
        }
        return docs;
    }

    private static Document doc(String id, Lang lang) {
        return new Document(id, id + ".txt", lang, null, "text of " + id);
    }

    private static TermCandidate candidate(String doc, String key, String text, double termhood, String abbr) {
        return new TermCandidate(Lang.EN, key, text, List.of(), abbr, null, null, "A sentence with " + text + ".",
                doc, 0, 1, termhood);
    }

    /** Returns fixed candidates per document id. */
    private record FakeExtractor(Lang lang, Map<String, List<TermCandidate>> byDoc) implements TermExtractor {
        @Override
        public List<TermCandidate> extract(Document doc) {
            return byDoc.getOrDefault(doc.id(), List.of());
        }
    }
}
