package dev.termdeck.study.question;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Wrong options for multiple-choice questions, drawn from the same deck, in the same language and of the same kind
 * (terms for a term, definitions for a definition) and script (hanzi or not), of similar length to the answer, never
 * equal to the answer or to each other (compared by {@link AnswerKey}). The candidates of each kind and language
 * are indexed by length on first use. Not thread-safe.
 */
final class Distractors {
    /** What an option is. */
    enum Kind {
        TERM,
        DEFINITION
    }

    /** The options are drawn at random from this many candidates nearest in length. */
    private static final int POOL = 8;

    private final List<Card> cards;
    private final Map<Kind, Map<Lang, List<Candidate>>> index = new EnumMap<>(Kind.class);

    Distractors(List<Card> cards) {
        this.cards = List.copyOf(cards);
    }

    /** A possible option; {@code han}: written with hanzi (a Latin-only "Chinese" term is no option for a hanzi one). */
    private record Candidate(int length, String text, Card card, String key, boolean han) {
    }

    /** A wrong option and the card it is the term or definition of. */
    record Option(String text, Card card) {
    }

    /** Up to {@code count} distractors for {@code answer}, the {@code kind} of {@code card} in {@code lang}. */
    List<Option> pick(Card card, String answer, Kind kind, Lang lang, int count, RandomGenerator random) {
        List<Candidate> sorted = candidates(kind, lang);
        Set<String> excluded = new HashSet<>();
        excluded.add(AnswerKey.of(answer));
        for (String form : TermSpans.forms(card, lang)) {
            excluded.add(AnswerKey.of(form));
        }
        int len = answer.codePointCount(0, answer.length());
        boolean han = hasHan(answer);
        int hi = firstNotShorter(sorted, len);
        int lo = hi - 1;
        List<Candidate> pool = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (pool.size() < POOL && (lo >= 0 || hi < sorted.size())) {
            boolean takeHigh = lo < 0 || hi < sorted.size()
                    && sorted.get(hi).length() - len <= len - sorted.get(lo).length();
            Candidate c = takeHigh ? sorted.get(hi++) : sorted.get(lo--);
            if (!c.card().id().equals(card.id()) && !excluded.contains(c.key()) && c.han() == han && keys.add(c.key())) {
                pool.add(c);
            }
        }
        List<Option> out = new ArrayList<>();
        while (out.size() < count && !pool.isEmpty()) {
            Candidate c = pool.remove(random.nextInt(pool.size()));
            out.add(new Option(c.text(), c.card()));
        }
        return out;
    }

    private List<Candidate> candidates(Kind kind, Lang lang) {
        return index.computeIfAbsent(kind, k -> new EnumMap<>(Lang.class)).computeIfAbsent(lang, l -> {
            List<Candidate> list = new ArrayList<>();
            for (Card c : cards) {
                String text = kind == Kind.TERM ? c.term(l) : c.definition().get(l);
                if (text != null) {
                    list.add(new Candidate(text.codePointCount(0, text.length()), text, c,
                            AnswerKey.of(text), hasHan(text)));
                }
            }
            list.sort(Comparator.comparingInt(Candidate::length).thenComparing(Candidate::text));
            return list;
        });
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static int firstNotShorter(List<Candidate> sorted, int len) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).length() < len) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
