package dev.termdeck.exchange;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Quizlet's export (term TAB definition, one card a line) as {@link QuizletExporter} writes it, and sets made
 * in Quizlet by hand. Each side's language is told by script (Han characters mean Chinese). On a side, a trailing
 * {@code (…)} after a Chinese term is its pinyin, and one that looks like an abbreviation (no spaces, a capital
 * letter) is the abbreviation. On the definition side, text after {@code " — "} is a definition; without that mark, a
 * side in the same language as the term, or a sentence (ending in {@code . 。 ! ? ！ ？}), is a definition, and anything
 * else is the term's translation. Stateless.
 */
public final class QuizletImporter implements Importer {
    private static final Pattern TRAILING = Pattern.compile("^(.*\\S)\\s*\\(([^()]*)\\)$", Pattern.DOTALL);
    private static final Pattern ABBR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9&./+-]*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.。!?！？]$", Pattern.DOTALL);

    @Override
    public Imported read(String source, String text, Deck existing) {
        CardCollector cards = new CardCollector(source);
        for (Row row : new DelimitedReader(source, text, '\t', false, (char) 0).readAll()) {
            if (row.fields().size() < 2) {
                throw cards.error(row.place(1), "no tab between term and definition");
            }
            if (row.fields().size() > 2) {
                throw cards.error(row.place(2), "a second tab (a line holds a term, a tab, and a definition)");
            }
            cards.add(card(cards, row), row.line());
        }
        return new Imported(cards.cards(), Bilingual.EMPTY, List.of());
    }

    private static Card card(CardCollector cards, Row row) {
        if (Formulas.unguard(row.get(0)).isBlank()) {
            throw cards.error(row.place(0), "empty term");
        }
        return fromSides(cards, Formulas.unguard(row.get(0)), Formulas.unguard(row.get(1)), row.place(0), List.of());
    }

    /**
     * A card from the two sides of a flashcard whose languages nobody wrote down (a Quizlet line, an Anki Basic
     * note), placed by script as this class describes; {@code tags} go on the card.
     */
    static Card fromSides(CardCollector cards, String frontText, String backText, String place, List<String> tags) {
        Side front = side(frontText.strip());
        if (front.term.isEmpty()) {
            throw cards.error(place, "empty term");
        }
        Bilingual term = Bilingual.of(front.lang, front.term);
        String abbr = front.abbr;
        String pinyin = front.pinyin;
        Bilingual def = Bilingual.EMPTY;
        String back = backText.strip();
        String mark = QuizletExporter.DEFINITION_MARK;
        String answer = back;
        String definition = null;
        if (back.startsWith(mark.stripLeading())) {
            answer = "";
            definition = back.substring(mark.stripLeading().length());
        } else if (back.contains(mark)) {
            answer = back.substring(0, back.indexOf(mark));
            definition = back.substring(back.indexOf(mark) + mark.length());
        }
        if (!answer.isEmpty()) {
            Side b = side(answer);
            boolean isDefinition = b.lang == front.lang || definition == null && SENTENCE_END.matcher(answer).matches();
            if (isDefinition) {
                definition = definition == null ? answer : answer + mark + definition;
            } else {
                term = term.with(b.lang, b.term);
                abbr = abbr != null ? abbr : b.abbr;
                pinyin = pinyin != null ? pinyin : b.pinyin;
            }
        }
        if (definition != null && !definition.isBlank()) {
            def = Bilingual.of(Scripts.langOf(definition), definition);
        }
        return cards.build(Card.builder(cards.idFor(term, place)).term(term).abbr(abbr).pinyin(pinyin)
                .definition(def).tags(tags), place);
    }

    /** A term with what its parentheses held. */
    private record Side(Lang lang, String term, String abbr, String pinyin) {
    }

    private static Side side(String text) {
        String term = text;
        String abbr = null;
        String pinyin = null;
        Lang lang = Scripts.langOf(text.replaceAll("\\([^()]*\\)", ""));
        for (int i = 0; i < 2; i++) {
            Matcher m = TRAILING.matcher(term);
            if (!m.matches()) {
                break;
            }
            String inner = m.group(2).strip();
            if (abbr == null && ABBR.matcher(inner).matches() && !inner.equals(inner.toLowerCase(Locale.ROOT))) {
                abbr = inner;
            } else if (lang == Lang.ZH && pinyin == null && !Scripts.hasHan(inner)) {
                pinyin = inner;
            } else {
                break;
            }
            term = m.group(1);
        }
        return new Side(lang, term.strip(), abbr, pinyin);
    }
}
