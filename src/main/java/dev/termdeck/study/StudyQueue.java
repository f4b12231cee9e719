package dev.termdeck.study;

import dev.termdeck.deck.Card;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.schedule.CardState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The cards of a session in the order they come up: learning and relearning cards when due, then review cards due
 * today mixed evenly with new cards, then learning cards due within {@link #LEARN_AHEAD} (so that a session can finish
 * a card's steps instead of stopping ten minutes short). Review and new cards beyond the daily limits are left out.
 * Not thread-safe.
 */
final class StudyQueue {
    /** Learning cards due this soon are shown early when nothing else is left. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    /** A card in the queue with its state. */
    record Entry(CardKey key, Card card, CardState state) {
        Entry withCard(Card c) {
            return new Entry(key, c, state);
        }
    }

    private static final Comparator<Entry> BY_KEY = Comparator.comparing((Entry e) -> e.key().deck())
            .thenComparing(e -> e.key().card());

    private final List<Entry> learning = new ArrayList<>();
    private final Deque<Entry> reviews = new ArrayDeque<>();
    private final Deque<Entry> news = new ArrayDeque<>();
    private final Deque<Entry> front = new ArrayDeque<>();
    private final int reviewTotal;
    private final int newTotal;
    private int reviewsShown;
    private int newShown;

    /**
     * @param entries     every card of the session with its state
     * @param now         the time the session starts
     * @param dayEnd      the end of the current study day (reviews due before it are due today)
     * @param newLeft     new cards still allowed today
     * @param reviewsLeft reviews still allowed today
     */
    StudyQueue(List<Entry> entries, Instant now, Instant dayEnd, int newLeft, int reviewsLeft) {
        List<Entry> due = new ArrayList<>();
        List<Entry> fresh = new ArrayList<>();
        for (Entry e : entries) {
            switch (e.state().phase()) {
                case NEW -> fresh.add(e);
                case LEARNING, RELEARNING -> learning.add(e);
                case REVIEW -> {
                    if (e.state().due().isBefore(dayEnd)) {
                        due.add(e);
                    }
                }
                default -> throw new IllegalStateException("unknown phase " + e.state().phase());
            }
        }
        due.sort(Comparator.comparing((Entry e) -> e.state().due()).thenComparing(BY_KEY));
        // New cards: the most worth learning first (the extractor's score), then by deck and id for a stable order.
        fresh.sort(Comparator.comparingDouble((Entry e) -> -e.card().score()).thenComparing(BY_KEY));
        due.stream().limit(Math.max(0, reviewsLeft)).forEach(reviews::add);
        fresh.stream().limit(Math.max(0, newLeft)).forEach(news::add);
        reviewTotal = reviews.size();
        newTotal = news.size();
        sortLearning();
    }

    /** The next card at {@code now}, removed from the queue; empty when the session is done. */
    Optional<Entry> next(Instant now) {
        if (!front.isEmpty()) {
            return Optional.of(front.pop());
        }
        if (!learning.isEmpty() && !learning.get(0).state().due().isAfter(now)) {
            return Optional.of(learning.remove(0));
        }
        if (!reviews.isEmpty() || !news.isEmpty()) {
            return Optional.of(pickNewNext() ? countNew(news.pop()) : countReview(reviews.pop()));
        }
        if (!learning.isEmpty() && !learning.get(0).state().due().isAfter(now.plus(LEARN_AHEAD))) {
            return Optional.of(learning.remove(0));
        }
        return Optional.empty();
    }

    /** Spreads new cards evenly among the reviews. */
    private boolean pickNewNext() {
        if (reviews.isEmpty()) {
            return true;
        }
        if (news.isEmpty()) {
            return false;
        }
        return (long) newShown * (reviewTotal + newTotal) < (long) (newShown + reviewsShown + 1) * newTotal;
    }

    private Entry countNew(Entry e) {
        newShown++;
        return e;
    }

    private Entry countReview(Entry e) {
        reviewsShown++;
        return e;
    }

    /** Puts an answered card back if it is still in its steps today. */
    void answered(Entry e, CardState after, Instant dayEnd) {
        if (after.phase().inSteps() && after.due().isBefore(dayEnd)) {
            learning.add(new Entry(e.key(), e.card(), after));
            sortLearning();
        }
    }

    /** Puts a card back at the front (an undone answer, or the card shown when undo was pressed). */
    void pushFront(Entry e) {
        remove(e.key());
        front.push(e);
    }

    /** Removes a card from the learning and front queues (where an answered or undone card can be). */
    void remove(CardKey key) {
        learning.removeIf(e -> e.key().equals(key));
        front.removeIf(e -> e.key().equals(key));
    }

    /** Removes a card wherever it is queued (it was suspended, buried or deleted from outside the session). */
    void removeEverywhere(CardKey key) {
        remove(key);
        reviews.removeIf(e -> e.key().equals(key));
        news.removeIf(e -> e.key().equals(key));
    }

    /** Adds a new card after the new cards queued (a card the learner just wrote). */
    void addNew(Entry e) {
        news.add(e);
    }

    /** The cards still to come in each queue: new, learning (and relearning), review. */
    int[] counts() {
        int[] c = {news.size(), learning.size(), reviews.size()};
        for (Entry e : front) {
            c[queueOf(e)]++;
        }
        return c;
    }

    /** 0 for a new card, 1 for one in its steps, 2 for a review card. */
    static int queueOf(Entry e) {
        return switch (e.state().phase()) {
            case NEW -> 0;
            case LEARNING, RELEARNING -> 1;
            case REVIEW -> 2;
        };
    }

    /** Replaces the card (after an edit) wherever it is queued. */
    void replaceCard(CardKey key, Card card) {
        learning.replaceAll(e -> e.key().equals(key) ? e.withCard(card) : e);
        replaceIn(reviews, key, card);
        replaceIn(news, key, card);
        replaceIn(front, key, card);
    }

    private static void replaceIn(Deque<Entry> deque, CardKey key, Card card) {
        List<Entry> copy = new ArrayList<>(deque);
        deque.clear();
        copy.forEach(e -> deque.add(e.key().equals(key) ? e.withCard(card) : e));
    }

    /** Cards still to come (learning cards count once each). */
    int remaining() {
        return learning.size() + reviews.size() + news.size() + front.size();
    }

    /** Due and new cards never reached. */
    int unseen() {
        return reviews.size() + news.size();
    }

    int learningCount() {
        return learning.size();
    }

    /** When the first card in its steps is due, or {@code null}. */
    Instant nextLearningDue() {
        return learning.isEmpty() ? null : learning.get(0).state().due();
    }

    private void sortLearning() {
        learning.sort(Comparator.comparing((Entry e) -> e.state().due()).thenComparing(BY_KEY));
    }
}
