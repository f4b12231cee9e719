package dev.termdeck.eval;

import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a deck built from a {@link KeyphraseSet}'s documents against the set's keyphrases: the cards of a document
 * are those with a source in it; a card matches a keyphrase when its English term, an English alias or its
 * abbreviation is the same phrase ({@link KeyphraseMatcher}). Precision is the share of a document's cards that match
 * a keyphrase, recall the share of its keyphrases that a card matches; both and F1 are averaged over the documents.
 * Stateless.
 */
public final class KeyphraseEvaluation {
    private KeyphraseEvaluation() {
    }

    /**
     * The report for {@code deck}, built from {@code set}'s documents.
     *
     * @param setting     a short description of the selection that built the deck, for the report
     * @param perDocument whether to include every document's figures
     */
    public static KeyphraseReport score(KeyphraseSet set, Deck deck, String setting, boolean perDocument) {
        Map<String, List<Card>> cardsByDoc = cardsByDocument(deck);
        double p = 0;
        double r = 0;
        double f = 0;
        int terms = 0;
        int keyCount = 0;
        List<KeyphraseReport.DocumentScore> scores = new ArrayList<>();
        for (int i = 0; i < set.documents().size(); i++) {
            Document d = set.documents().get(i);
            Map<String, String> keys = new LinkedHashMap<>();
            for (String k : set.keys().get(i)) {
                keys.putIfAbsent(KeyphraseMatcher.key(k), k);
            }
            keys.remove("");
            List<Card> cards = cardsByDoc.getOrDefault(d.id(), List.of());
            Set<String> found = new LinkedHashSet<>();
            List<String> shown = new ArrayList<>();
            List<Double> scoreList = new ArrayList<>();
            List<String> matched = new ArrayList<>();
            for (Card c : cards) {
                String name = name(c);
                shown.add(name);
                scoreList.add(c.score());
                boolean hit = false;
                for (String form : forms(c)) {
                    String k = KeyphraseMatcher.key(form);
                    if (keys.containsKey(k)) {
                        found.add(k);
                        hit = true;
                    }
                }
                if (hit) {
                    matched.add(name);
                }
            }
            double dp = cards.isEmpty() ? 0 : matched.size() / (double) cards.size();
            double dr = keys.isEmpty() ? 0 : found.size() / (double) keys.size();
            double df = dp + dr == 0 ? 0 : 2 * dp * dr / (dp + dr);
            p += dp;
            r += dr;
            f += df;
            terms += cards.size();
            keyCount += keys.size();
            if (perDocument) {
                List<String> missed = new ArrayList<>();
                keys.forEach((k, v) -> {
                    if (!found.contains(k)) {
                        missed.add(v);
                    }
                });
                scores.add(new KeyphraseReport.DocumentScore(d.id(), shown, scoreList, matched, new ArrayList<>(keys.values()),
                        missed, dp, dr, df));
            }
        }
        int n = set.documents().size();
        return new KeyphraseReport(setting, n, terms, keyCount, p / n, r / n, f / n, scores);
    }

    /**
     * The cards of each document of {@code deck} (those with a source in it), by document id, best first: by score,
     * then by id. The order in which the keyphrases of a document are scored and shown.
     */
    public static Map<String, List<Card>> cardsByDocument(Deck deck) {
        Map<String, List<Card>> cardsByDoc = new HashMap<>();
        for (Card c : deck.cards()) {
            for (Source s : c.sources()) {
                List<Card> list = cardsByDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>());
                if (!list.contains(c)) {
                    list.add(c);
                }
            }
        }
        cardsByDoc.values().forEach(list -> list.sort(
                Comparator.comparingDouble(Card::score).reversed().thenComparing(Card::id)));
        return cardsByDoc;
    }

    /** The keyphrase a card stands for: its English term, else its Chinese one. */
    public static String name(Card c) {
        return c.term().en() != null ? c.term().en() : c.term().zh();
    }

    private static List<String> forms(Card c) {
        List<String> forms = new ArrayList<>();
        if (c.term().en() != null) {
            forms.add(c.term().en());
        }
        forms.addAll(c.aliases().en());
        if (c.abbr() != null) {
            forms.add(c.abbr());
        }
        return forms;
    }
}
