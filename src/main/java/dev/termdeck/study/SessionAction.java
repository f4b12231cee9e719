package dev.termdeck.study;

import dev.termdeck.deck.Card;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.store.CardMark;
import dev.termdeck.study.store.Review;

/**
 * Something a learner did in a session that {@link StudySession#undo} can take back, newest first: an answer, a mark
 * (suspend, bury, flag), a card deleted, a card added. Immutable.
 */
sealed interface SessionAction {
    /** The card the action was on. */
    Card card();

    /**
     * An answer given.
     *
     * @param review   the stored review (what undo removes)
     * @param question the question answered (asked again on undo)
     * @param entry    its place in the queue
     */
    record Answered(Review review, Question question, StudyQueue.Entry entry) implements SessionAction {
        @Override
        public Card card() {
            return question.card();
        }
    }

    /**
     * A mark changed on the card shown.
     *
     * @param kind     which mark
     * @param key      the card
     * @param before   its mark before (what undo restores)
     * @param question the question shown (asked again on undo, unless the mark was a flag)
     * @param entry    its place in the queue
     */
    record Marked(Undone.Kind kind, CardKey key, CardMark before, Question question, StudyQueue.Entry entry)
            implements SessionAction {
        @Override
        public Card card() {
            return question.card();
        }
    }

    /**
     * The card shown, deleted from its deck.
     *
     * @param deck     its deck
     * @param card     the card as it was (what undo puts back)
     * @param question the question shown (asked again on undo)
     * @param entry    its place in the queue
     */
    record Deleted(String deck, Card card, Question question, StudyQueue.Entry entry) implements SessionAction {
    }

    /**
     * A card added to a deck.
     *
     * @param deck its deck
     * @param card the card as saved (what undo takes back)
     */
    record Added(String deck, Card card) implements SessionAction {
    }
}
