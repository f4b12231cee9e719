package dev.termdeck.extract;

import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.CardIds;
import java.util.ArrayList;
import java.util.List;

/**
 * The simplest {@link TermLinker}: one card per term group, in its own language only; no pairing across
 * languages. Stateless and thread-safe.
 */
public final class OneCardPerGroup implements TermLinker {
    @Override
    public List<Card> link(List<TermGroup> english, List<TermGroup> chinese) {
        List<Card> cards = new ArrayList<>(english.size() + chinese.size());
        english.forEach(g -> cards.add(card(g)));
        chinese.forEach(g -> cards.add(card(g)));
        return cards;
    }

    /** The card for one group: term, aliases, abbreviation, definition and sources from the group. */
    public static Card card(TermGroup g) {
        return Card.builder(CardIds.fromTerm(g.text()))
                .term(g.lang(), g.text())
                .aliases(BilingualList.EMPTY.with(g.lang(), g.variants()))
                .abbr(g.abbr())
                .definition(g.lang(), g.cardDefinition())
                .sources(g.sources())
                .score(g.score())
                .build();
    }
}
