package dev.termdeck.exchange;

import dev.termdeck.core.Plural;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Quizlet's import text: one card a line, the Quizlet "term" and "definition" separated by a tab. Line breaks
 * and tabs inside a value are folded into single spaces, since Quizlet has no quoting. A side that a spreadsheet
 * would run as a formula gets an apostrophe in front unless formulas are allowed ({@link Formulas}).
 *
 * <p>The term side is the card's term in the prompt language: English with its abbreviation in parentheses, or
 * Chinese with its pinyin in parentheses. With {@link ExportDirection#BOTH} the prompt is English when the card has an
 * English term, else Chinese (Quizlet lets a learner flip sides itself). The definition side is the term in the
 * other language, then {@value #DEFINITION_MARK} and one definition (in the answer language when the card has one,
 * else the other); a card with no answer term writes the mark first. A card with nothing for one side is left out.
 * Stateless.
 */
public final class QuizletExporter implements Exporter {
    /** Separates the answer term from the definition on the definition side. */
    static final String DEFINITION_MARK = " — ";

    @Override
    public ExportReport write(Deck deck, ExportOptions options, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<String> leftOut = new ArrayList<>();
        int lines = 0;
        for (Card card : deck.cards()) {
            Lang front = options.direction().front() != null ? options.direction().front()
                    : card.term().has(Lang.EN) ? Lang.EN : Lang.ZH;
            String term = side(card, front);
            String definition = definitionSide(card, front.other());
            if (term.isEmpty() || definition.isEmpty()) {
                leftOut.add(card.id());
                continue;
            }
            sb.append(options.cell(term)).append('\t').append(options.cell(definition)).append('\n');
            lines++;
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        return new ExportReport(Plural.of(lines, "card"), leftOut);
    }

    /** The term in {@code lang} with its abbreviation or pinyin in parentheses; empty when the card has none. */
    static String side(Card card, Lang lang) {
        String term = card.term(lang);
        if (term == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(fold(term));
        if (lang == Lang.ZH && card.pinyin() != null) {
            sb.append(" (").append(fold(card.pinyin())).append(')');
        }
        boolean abbrHere = lang == Lang.EN || !card.term().has(Lang.EN);
        if (abbrHere && card.abbr() != null) {
            sb.append(" (").append(fold(card.abbr())).append(')');
        }
        return sb.toString();
    }

    private static String definitionSide(Card card, Lang answer) {
        String term = side(card, answer);
        String def = card.definition().has(answer) ? card.definition().get(answer)
                : card.definition().get(answer.other());
        if (def == null) {
            return term;
        }
        return (term.isEmpty() ? DEFINITION_MARK.stripLeading() : term + DEFINITION_MARK) + fold(def);
    }

    /** {@code s} with every run of line breaks and tabs (and the spaces around them) as one space. */
    static String fold(String s) {
        return s.replaceAll("[ ]*[\\r\\n\\t]+[ ]*", " ").strip();
    }
}
