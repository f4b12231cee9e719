package dev.termdeck.deck;

import dev.termdeck.core.SafeText;
import java.util.Objects;

/**
 * A card a person removed from a deck (deleted it while studying, or rejected it while curating): a rebuild from the
 * corpus does not bring it back, matched by id or by its term in either language, so that a teacher curates once.
 *
 * @param id   the id the card had
 * @param term its term, to match a rebuilt card whose id changed
 * @param at   when it was removed, as an ISO-8601 UTC instant, or {@code null} (written by hand)
 */
public record Removal(String id, Bilingual term, String at) {
    public Removal {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a removed card's id is blank");
        }
        term = term == null ? Bilingual.EMPTY : term;
        id = SafeText.stored(id);
        at = SafeText.stored(at);
    }

    /** The removal of {@code card} at {@code at}. */
    public static Removal of(Card card, String at) {
        return new Removal(card.id(), card.term(), at);
    }

    /** Whether {@code card} is the card removed: the same id, or the same term in either language. */
    public boolean matches(Card card) {
        if (card.id().equals(id)) {
            return true;
        }
        for (var lang : dev.termdeck.core.Lang.values()) {
            String mine = term.get(lang);
            String theirs = card.term(lang);
            if (mine != null && theirs != null && key(mine) != null && key(mine).equals(key(theirs))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String term) {
        try {
            return CardIds.fromTerm(term);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
