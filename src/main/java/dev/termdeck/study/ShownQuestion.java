package dev.termdeck.study;

import dev.termdeck.deck.Card;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.question.QuestionFactory;
import dev.termdeck.study.settings.SessionOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The question a {@link StudySession} shows: made, when one is asked for, from the next card of the session's queue
 * that can be asked in its direction and mode; its queue entry; and when it was shown (an answer's time counts from
 * then). Not thread-safe: one view thread drives a session.
 */
final class ShownQuestion {
    private final StudyQueue queue;
    private final QuestionFactory questions;
    private final SessionOptions options;
    private final Clock clock;
    private final RandomGenerator random;

    private StudyQueue.Entry entry;
    private Question question;
    private Instant shownAt;

    ShownQuestion(StudyQueue queue, QuestionFactory questions, SessionOptions options, Clock clock,
            RandomGenerator random) {
        this.queue = queue;
        this.questions = questions;
        this.options = options;
        this.clock = clock;
        this.random = random;
    }

    /** The question shown, the next one made from the queue when none is; {@code null} when the session is over. */
    Question next() {
        if (question == null) {
            advance();
        }
        return question;
    }

    /** The question shown, without making one: {@code null} when none is. */
    Question shown() {
        return question;
    }

    /** The queue entry of the question shown ({@code null} when none is). */
    StudyQueue.Entry entry() {
        return entry;
    }

    /** When the question shown was shown. */
    Instant shownAt() {
        return shownAt;
    }

    /** Nothing shown any more: the next question is made when one is asked for. */
    void clear() {
        question = null;
        entry = null;
    }

    /** {@link #clear()} when the question shown is of card {@code key}. */
    void clearIfShowing(CardKey key) {
        if (question != null && question.key().equals(key)) {
            clear();
        }
    }

    /** Shows {@code q} again now, the question that was showing next. */
    void askAgain(Question q, StudyQueue.Entry again) {
        if (entry != null) {
            queue.pushFront(entry);
        }
        queue.remove(again.key());
        entry = again;
        question = q;
        shownAt = clock.instant();
    }

    /** Remakes the question shown with an edited card when it is of card {@code key}. */
    void replaceCard(CardKey key, Card card) {
        if (question != null && question.key().equals(key)) {
            entry = entry.withCard(card);
            questions.make(key, card, question.phase(), question.direction(), options.mode(), random)
                    .ifPresent(q -> question = q);
        }
    }

    private void advance() {
        clear();
        Instant now = clock.instant();
        for (Optional<StudyQueue.Entry> e = queue.next(now); e.isPresent(); e = queue.next(now)) {
            StudyQueue.Entry next = e.get();
            Optional<Question> q = questions.make(next.key(), next.card(), next.state().phase(),
                    options.direction(), options.mode(), random);
            if (q.isPresent()) {
                entry = next;
                question = q.get();
                shownAt = now;
                return;
            }
        }
    }
}
