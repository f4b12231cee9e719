package dev.termdeck.study;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.study.answer.Pinyin;
import dev.termdeck.study.question.AnswerKey;
import dev.termdeck.study.question.TermSpans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds cards by text: the query is compared as {@link AnswerKey} (case, accents, spaces, hyphens and
 * full-width forms do not count) with the terms, aliases, abbreviation, pinyin (without tones) and definitions.
 * Exact term matches come first, then term prefixes, then terms containing the query, then the other fields.
 * Stateless.
 */
final class CardSearch {
    private CardSearch() {
    }

    static List<CardHit> search(List<LoadedDeck> decks, String query, int limit) {
        String q = AnswerKey.of(query);
        if (q.isEmpty()) {
            return List.of();
        }
        record Scored(CardHit hit, int rank) {
        }
        List<Scored> found = new ArrayList<>();
        for (LoadedDeck d : decks) {
            for (Card c : d.deck().cards()) {
                int rank = rank(c, q);
                if (rank >= 0) {
                    found.add(new Scored(new CardHit(d.name(), c), rank));
                }
            }
        }
        found.sort(Comparator.comparingInt(Scored::rank).thenComparing(s -> s.hit().card().id()));
        return found.stream().limit(Math.max(0, limit)).map(Scored::hit).toList();
    }

    /** 0 exact term, 1 term prefix, 2 term contains, 3 other field contains, -1 no match. */
    private static int rank(Card c, String q) {
        int best = -1;
        for (Lang l : Lang.values()) {
            for (String form : TermSpans.forms(c, l)) {
                String k = AnswerKey.of(form);
                int r = k.equals(q) ? 0 : k.startsWith(q) ? 1 : k.contains(q) ? 2 : -1;
                if (r >= 0 && (best < 0 || r < best)) {
                    best = r;
                }
            }
        }
        if (best >= 0) {
            return best;
        }
        List<String> others = new ArrayList<>();
        if (c.pinyin() != null) {
            others.add(Pinyin.parse(c.pinyin()).letters());
        }
        for (Lang l : Lang.values()) {
            if (c.definition().has(l)) {
                others.add(c.definition().get(l));
            }
        }
        for (String o : others) {
            if (AnswerKey.of(o).contains(q)) {
                return 3;
            }
        }
        return -1;
    }
}
