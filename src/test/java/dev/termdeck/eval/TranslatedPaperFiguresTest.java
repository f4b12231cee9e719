package dev.termdeck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Generated;
import dev.termdeck.deck.Source;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The figures of cards from papers read with their translation. */
class TranslatedPaperFiguresTest {
    private static final List<Document> DOCS = List.of(
            new Document("p#1", "p.md", Lang.EN, null, "We propose TrackDiffusion."),
            new Document("p#1@zh", "p.md", Lang.ZH, null, "本文提出了TrackDiffusion。", "p#1"),
            new Document("q#1", "q.txt", Lang.EN, null, "Dropout prevents co-adaptation."));

    @Test
    void onlyCardsOfTranslatedPapersCountAndNamesAreNoCopies() {
        Deck deck = deck(
                card("trackdiffusion", "TrackDiffusion", "TrackDiffusion", "p#1", "A framework.", "一个框架。"),
                card("tracklet-condition", "tracklet condition", "轨迹条件", "p#1@zh", "Conditions.", null),
                card("llm-generated", "LLM-generated", "LLM-generated", "p#1", null, null),
                card("composed-video-retrieval", "composed video retrieval", "Composed Video Retrieval", "p#1", null,
                        null),
                card("instance-enhancer", "instance enhancer", null, "p#1", null, null),
                card("dropout", "dropout", "dropout", "q#1", null, null));

        TranslatedPaperFigures f = TranslatedPaperFigures.of(deck, DOCS);

        assertThat(f.papers()).isEqualTo(1);
        assertThat(f.cards()).isEqualTo(5);
        assertThat(f.bothLanguages()).isEqualTo(new EvalReport.Count(4, 5));
        assertThat(f.copies()).isEqualTo(new EvalReport.Count(2, 4));
        assertThat(f.definitionsInBoth()).isEqualTo(new EvalReport.Count(1, 2));
    }

    @Test
    void aStandardChineseTermInLatinLettersTheCallerNamesIsNoCopy() {
        Deck deck = deck(card("swin-transformer", "Swin Transformer", "Swin Transformer", "p#1", null, null),
                card("composed-video-retrieval", "composed video retrieval", "Composed Video Retrieval", "p#1", null,
                        null));

        assertThat(TranslatedPaperFigures.of(deck, DOCS).copies()).isEqualTo(new EvalReport.Count(2, 2));
        assertThat(TranslatedPaperFigures.of(deck, DOCS, Set.of("Swin Transformer")).copies())
                .isEqualTo(new EvalReport.Count(1, 2));
    }

    @Test
    void aCorpusWithoutTranslationsHasNoSuchFigures() {
        assertThat(TranslatedPaperFigures.of(deck(), DOCS.subList(2, 3))).isNull();
    }

    @Test
    void englishWordsAreCopiesAndNamesInLatinLettersAreNot() {
        assertThat(List.of("Composed Video Retrieval", "quantization", "LLM-generated", "LLM-based", "GPT-4 Turbo"))
                .allMatch(TranslatedPaperFigures::isEnglishWords);
        assertThat(List.of("BLOOM", "DeepSeek-R1", "Transformer", "Text-to-SQL", "GPT-4o", "视觉Transformer",
                "S&P Top-K"))
                .noneMatch(TranslatedPaperFigures::isEnglishWords);
    }

    private static Deck deck(Card... cards) {
        return Deck.of("d", Bilingual.EMPTY, new Generated("termdeck test", "2026-01-01T00:00:00Z", List.of()),
                List.of(cards));
    }

    private static Card card(String id, String en, String zh, String doc, String defEn, String defZh) {
        return Card.builder(id).term(Lang.EN, en).term(Lang.ZH, zh).definition(Lang.EN, defEn)
                .definition(Lang.ZH, defZh)
                .sources(List.of(new Source(doc, doc.endsWith("@zh") ? Lang.ZH : Lang.EN, "a sentence"))).build();
    }
}
