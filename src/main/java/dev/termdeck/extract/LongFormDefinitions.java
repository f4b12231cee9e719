package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The step after {@link DefinitionChooser} has chosen each card's definitions: a card shown by a short form takes the
 * definition of the card of the same paper that spells it out, on a side it still lacks. Stateless.
 */
final class LongFormDefinitions {
    private LongFormDefinitions() {
    }

    /**
     * A card shown by a short form ({@code PiERN}, {@code AND}) that a card of the same paper spells out (its
     * abbreviation) takes that card's definition, with its source, on a side it has none: the paper's own long form
     * says which concept the short form stands for, so a short form two concepts share brings no other one's. The
     * list is changed in place and returned.
     */
    static List<Card> withLongFormDefinitions(List<Card> cards) {
        Map<String, List<Card>> byAbbr = new HashMap<>();
        for (Card c : cards) {
            if (c.abbr() != null) {
                byAbbr.computeIfAbsent(c.abbr(), k -> new ArrayList<>()).add(c);
            }
        }
        for (int i = 0; i < cards.size() && !byAbbr.isEmpty(); i++) {
            Card c = cards.get(i);
            List<Card> longForms = c.term(Lang.EN) == null ? null : byAbbr.get(c.term(Lang.EN));
            Card.Builder b = null;
            for (Lang lang : longForms == null ? new Lang[0] : Lang.values()) {
                if (c.definition().has(lang)) {
                    continue;
                }
                for (Card o : longForms) {
                    if (o != c && o.definition().has(lang) && samePaper(c, o)) {
                        b = b != null ? b : c.toBuilder();
                        DefinitionSource source = o.definitionSource().get(lang);
                        b.definition(lang, o.definition().get(lang), source != null ? source : DefinitionSource.CORPUS);
                        break;
                    }
                }
            }
            if (b != null) {
                cards.set(i, b.build());
            }
        }
        return cards;
    }

    /** Whether two cards have a source in the same paper (a document id up to its '#'). */
    private static boolean samePaper(Card a, Card b) {
        for (var s : a.sources()) {
            for (var t : b.sources()) {
                if (paper(s.doc()).equals(paper(t.doc()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String paper(String doc) {
        int hash = doc.indexOf('#');
        return hash < 0 ? doc : doc.substring(0, hash);
    }
}
