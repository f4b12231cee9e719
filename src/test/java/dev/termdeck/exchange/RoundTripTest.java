package dev.termdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.CardIds;
import dev.termdeck.deck.Deck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Export then import gives the same cards, for every text format, as far as each format carries them. */
class RoundTripTest {
    private final Deck deck = Fixtures.classDeck();

    @Test
    void csvCarriesEveryFieldOfEveryCard() {
        Imported back = new CsvImporter().read("deck.csv", Fixtures.export(Format.CSV, deck, ExportDirection.BOTH), null);

        assertThat(back.cards()).isEqualTo(deck.cards());
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void ankiTextCarriesIdsTermsAbbreviationsPinyinDefinitionsSourcesAndTags() {
        String text = Fixtures.export(Format.ANKI_TSV, deck, ExportDirection.BOTH);

        Imported back = new AnkiTextImporter().read("deck.txt", text, null);

        assertThat(back.cards()).isEqualTo(Fixtures.twoSided(deck).stream().map(RoundTripTest::ankiProjection)
                .toList());
        assertThat(back.title()).isEqualTo(new Bilingual("ML terms for week 2", null));
    }

    @Test
    void ankiTextWithCrlfLineEndsReadsTheSame() {
        String text = Fixtures.export(Format.ANKI_TSV, deck, ExportDirection.BOTH).replace("\n", "\r\n");

        assertThat(new AnkiTextImporter().read("deck.txt", text, null).cards())
                .isEqualTo(Fixtures.twoSided(deck).stream().map(RoundTripTest::ankiProjection).toList());
    }

    @Test
    void quizletCarriesTermsAbbreviationsPinyinAndOneFoldedDefinition() {
        String text = Fixtures.export(Format.QUIZLET, deck, ExportDirection.BOTH);

        Imported back = new QuizletImporter().read("deck.txt", text, null);

        assertThat(text.lines()).hasSize(deck.cards().size());
        assertThat(back.cards()).containsExactlyInAnyOrderElementsOf(
                deck.cards().stream().map(c -> quizletProjection(c, null)).toList());
    }

    @Test
    void quizletWithChineseAsTheTermReadsBackTheSame() {
        List<Card> withChinese = deck.cards().stream().filter(c -> c.term().has(Lang.ZH)).toList();
        String text = Fixtures.export(Format.QUIZLET, deck, ExportDirection.ZH_EN);

        Imported back = new QuizletImporter().read("deck.txt", text, null);

        assertThat(text.lines()).allMatch(l -> Scripts.hasHan(l.substring(0, l.indexOf('\t'))));
        assertThat(back.cards()).containsExactlyInAnyOrderElementsOf(
                withChinese.stream().map(c -> quizletProjection(c, Lang.ZH)).toList());
    }

    /** What Anki's text carries: no aliases, score or edit marks; Anki tags have no spaces. */
    static Card ankiProjection(Card c) {
        return Card.builder(c.id()).term(c.term()).abbr(c.abbr()).pinyin(c.pinyin()).definition(c.definition())
                .sources(c.sources()).tags(c.tags().stream().map(t -> t.replace(' ', '_')).toList()).build();
    }

    /** What a Quizlet line carries: terms, abbreviation, pinyin, one definition with line breaks folded. */
    private static Card quizletProjection(Card c, Lang front) {
        Lang f = front != null ? front : c.term().has(Lang.EN) ? Lang.EN : Lang.ZH;
        Lang answer = f.other();
        String def = c.definition().has(answer) ? c.definition().get(answer) : c.definition().get(f);
        Bilingual d = def == null ? Bilingual.EMPTY
                : Bilingual.of(Scripts.langOf(def), QuizletExporter.fold(def));
        String id = CardIds.fromTerm(c.term().en() != null ? c.term().en() : c.term().zh());
        return Card.builder(id).term(c.term()).abbr(c.abbr()).pinyin(c.pinyin()).definition(d)
                .aliases(BilingualList.EMPTY).build();
    }
}
