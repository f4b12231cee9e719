package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongDocumentsTest {
    @Test
    void aDocumentUpToTheLimitIsOnePieceThatIsTheDocumentItself() {
        Document doc = new Document("a", "a.txt", Lang.EN, "Title", "x".repeat(LongDocuments.MAX_PIECE));

        assertThat(LongDocuments.split(doc, LongDocuments.MAX_PIECE)).singleElement()
                .satisfies(p -> assertThat(p.doc()).isSameAs(doc));
    }

    @Test
    void aLongDocumentIsCutAtParagraphBreaksIntoPiecesThatAddUpToItsText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("Paragraph ").append(i).append(" talks about federated learning. It goes on.\n\n");
        }
        Document doc = new Document("a", "a.txt", Lang.EN, "Title", text.toString().strip(), "paper");

        List<LongDocuments.Piece> pieces = LongDocuments.split(doc, 300);

        assertThat(pieces).hasSizeGreaterThan(5);
        StringBuilder joined = new StringBuilder();
        for (LongDocuments.Piece p : pieces) {
            assertThat(p.doc().text().length()).isLessThanOrEqualTo(300);
            assertThat(p.offset()).isEqualTo(joined.length());
            assertThat(p.doc().id()).isEqualTo("a");
            assertThat(p.doc().paper()).isEqualTo("paper");
            joined.append(p.doc().text());
        }
        assertThat(joined.toString()).isEqualTo(doc.text());
        assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(p -> assertThat(p.doc().text()).endsWith("\n\n"));
        assertThat(pieces.get(0).doc().title()).isEqualTo("Title");
        assertThat(pieces.subList(1, pieces.size())).allSatisfy(p -> assertThat(p.doc().title()).isNull());
    }

    @Test
    void textWithoutBreaksIsCutAtSentenceEndsThenAnywhereButNeverInsideACharacter() {
        String chinese = "联邦学习是一种分布式训练方法。".repeat(50);
        assertThat(LongDocuments.split(new Document("z", "z.txt", Lang.ZH, null, chinese), 100))
                .allSatisfy(p -> assertThat(p.doc().text()).endsWith("。"));

        String astral = "𝔸".repeat(500);
        List<LongDocuments.Piece> pieces = LongDocuments.split(new Document("m", "m.txt", Lang.EN, null, astral), 101);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.doc().text().length()).isLessThanOrEqualTo(101);
            assertThat(p.doc().text().codePoints()).containsOnly("𝔸".codePointAt(0));
        });
    }

    @Test
    void piecesCandidatesMergeIntoOnePerTermWithOccurrencesAddedUp() {
        Document doc = new Document("a", "a.txt", Lang.EN, null, "one\n\n" + "two ".repeat(40));
        List<LongDocuments.Piece> pieces = LongDocuments.split(doc, 100);
        assertThat(pieces).hasSizeGreaterThan(1);
        int second = pieces.get(1).offset();
        List<List<TermCandidate>> found = new java.util.ArrayList<>();
        found.add(List.of(candidate("fl", "federated learning", List.of(), null, 3, 2, 0.5)));
        found.add(List.of(candidate("fl", "Federated learning", List.of("federated learnings"), "FL is ...", 7, 4,
                0.8), candidate("sgd", "SGD", List.of(), null, 10, 1, 0.4)));
        for (int i = 2; i < pieces.size(); i++) {
            found.add(List.of());
        }

        List<TermCandidate> merged = LongDocuments.merge(pieces, found);

        assertThat(merged).extracting(TermCandidate::key).containsExactly("fl", "sgd");
        TermCandidate fl = merged.get(0);
        assertThat(fl.text()).isEqualTo("federated learning");
        assertThat(fl.variants()).containsExactly("Federated learning", "federated learnings");
        assertThat(fl.frequency()).isEqualTo(6);
        assertThat(fl.start()).isEqualTo(3);
        assertThat(fl.definition()).isEqualTo("FL is ...");
        assertThat(fl.termhood()).isEqualTo(0.8);
        assertThat(merged.get(1).start()).isEqualTo(second + 10);
    }

    private static TermCandidate candidate(String key, String text, List<String> variants, String definition,
            int start, int frequency, double termhood) {
        return new TermCandidate(Lang.EN, key, text, variants, null, null, definition, "A sentence.", "a", start,
                frequency, termhood);
    }
}
