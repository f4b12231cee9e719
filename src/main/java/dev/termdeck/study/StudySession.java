package dev.termdeck.study;

import dev.termdeck.deck.Card;
import dev.termdeck.study.answer.AnswerCheck;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.question.QuestionFactory;
import dev.termdeck.study.schedule.Fsrs;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.schedule.StudyDay;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.store.GradedAnswer;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.study.store.Review;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One study session: a queue of due and new cards asked one at a time. It knows no UI: a view asks for the
 * {@link #current()} question, may {@link #check} a typed answer, then calls {@link #answer} with a grade, which
 * commits the answer to the progress store before the next question is made; {@link #undo} takes back the last
 * answer (in the store too). Time comes from the clock and choices (mixed directions, options, fuzz) from the random
 * source passed in, so tests control both.
 *
 * <p>Not thread-safe: one view thread drives a session.
 */
public final class StudySession {
    private final ProgressStore store;
    private final Fsrs fsrs;
    private final QuestionFactory questions;
    private final AnswerChecker checker;
    private final SessionOptions options;
    private final Clock clock;
    private final RandomGenerator random;
    private final StudyDay day;
    private final StudyQueue queue;
    private final SessionSummary.Skipped skipped;
    private final Deque<Answered> answered = new ArrayDeque<>();

    private StudyQueue.Entry currentEntry;
    private Question current;
    private Instant shownAt;

    /** An answer given in this session, kept for undo and the summary. */
    private record Answered(Review review, Question question, StudyQueue.Entry entry) {
    }

    StudySession(SessionParts parts, StudyQueue queue, QuestionFactory questions, SessionSummary.Skipped skipped) {
        this.skipped = skipped;
        this.store = parts.store();
        this.fsrs = parts.fsrs();
        this.checker = parts.checker();
        this.options = parts.options();
        this.clock = parts.clock();
        this.random = parts.random();
        this.day = parts.day();
        this.queue = queue;
        this.questions = questions;
    }

    /** What a session is made of, besides its cards. */
    record SessionParts(ProgressStore store, Fsrs fsrs, AnswerChecker checker, SessionOptions options, Clock clock,
            RandomGenerator random, StudyDay day) {
        SessionParts {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(fsrs, "fsrs");
            Objects.requireNonNull(checker, "checker");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(random, "random");
            Objects.requireNonNull(day, "day");
        }
    }

    public SessionOptions options() {
        return options;
    }

    /** The question being asked, or empty when the session is over. */
    public Optional<Question> current() {
        if (current == null) {
            advance();
        }
        return Optional.ofNullable(current);
    }

    private void advance() {
        current = null;
        currentEntry = null;
        Instant now = clock.instant();
        for (Optional<StudyQueue.Entry> e = queue.next(now); e.isPresent(); e = queue.next(now)) {
            StudyQueue.Entry entry = e.get();
            Optional<Question> q = questions.make(entry.key(), entry.card(), entry.state().phase(),
                    options.direction(), options.mode(), random);
            if (q.isPresent()) {
                currentEntry = entry;
                current = q.get();
                shownAt = now;
                return;
            }
        }
    }

    /** Checks a typed (or, in choice mode, chosen) answer to the current question; changes nothing. */
    public AnswerCheck check(String typed) {
        return checker.check(requireCurrent(), typed);
    }

    /** The checker, for views that pick a choice by index ({@link AnswerChecker#checkChoice}). */
    public AnswerChecker checker() {
        return checker;
    }

    /**
     * Grades the current question and commits the answer (state and log, one transaction); the next question is then
     * {@link #current()}.
     *
     * @param response what was typed or chosen, or {@code null} when the answer was revealed
     * @return the stored review
     * @throws ProgressStoreException when the answer cannot be stored; the question stays current
     */
    public Review answer(Grade grade, String response) {
        Question q = requireCurrent();
        Instant now = clock.instant();
        long elapsed = Math.max(0, Duration.between(shownAt, now).toMillis());
        GradedAnswer a = new GradedAnswer(now, q.key(), q.direction(), q.mode(), grade,
                response == null || response.isBlank() ? null : response.strip(), elapsed);
        Review review = store.record(a, before -> fsrs.review(before, grade, a.time(), random));
        answered.push(new Answered(review, q, currentEntry));
        queue.answered(currentEntry, review.after(), day.end(now));
        current = null;
        currentEntry = null;
        return review;
    }

    /** Whether there is an answer of this session to undo. */
    public boolean canUndo() {
        return !answered.isEmpty();
    }

    /**
     * Takes back the last answer: the store forgets it and restores the card's state, and its question is asked
     * again (the question that was showing comes next).
     *
     * @return the question asked again, or empty when there was nothing to undo
     * @throws ProgressStoreException when the card was studied since in another window; nothing changes then
     */
    public Optional<Question> undo() {
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        Answered last = answered.peek();
        store.undo(last.review());
        answered.pop();
        if (currentEntry != null) {
            queue.pushFront(currentEntry);
        }
        queue.remove(last.entry().key());
        currentEntry = new StudyQueue.Entry(last.entry().key(), last.question().card(), last.review().before());
        current = last.question();
        shownAt = clock.instant();
        return Optional.of(current);
    }

    /** Uses an edited card from now on (the question showing is remade if it is that card). */
    public void replaceCard(String deck, Card card) {
        CardKey key = new CardKey(deck, card.id());
        queue.replaceCard(key, card);
        if (current != null && current.key().equals(key)) {
            currentEntry = currentEntry.withCard(card);
            questions.make(key, card, current.phase(), current.direction(), options.mode(), random)
                    .ifPresent(q -> current = q);
        }
    }

    /** The cards of the decks left out because they cannot be asked in this direction and mode, and why. */
    public SessionSummary.Skipped skipped() {
        return skipped;
    }

    /** How far the session is. */
    public SessionProgress progress() {
        return new SessionProgress(answered.size(), queue.remaining() + (current != null ? 1 : 0));
    }

    /** What the session did so far. */
    public SessionSummary summary() {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        Set<CardKey> cards = new HashSet<>();
        int fresh = 0;
        long time = 0;
        for (Answered a : answered) {
            grades.merge(a.review().grade(), 1, Integer::sum);
            cards.add(a.review().key());
            fresh += a.review().before().isNew() ? 1 : 0;
            time += a.review().elapsedMs();
        }
        // The card showing (not answered yet) still counts where it was: in its steps, or among the unseen.
        boolean showingInSteps = currentEntry != null && currentEntry.state().phase().inSteps();
        Instant nextDue = queue.nextLearningDue();
        if (showingInSteps && (nextDue == null || currentEntry.state().due().isBefore(nextDue))) {
            nextDue = currentEntry.state().due();
        }
        return new SessionSummary(answered.size(), cards.size(), fresh, grades, time,
                queue.learningCount() + (showingInSteps ? 1 : 0), nextDue,
                queue.unseen() + (currentEntry != null && !showingInSteps ? 1 : 0), skipped);
    }

    private Question requireCurrent() {
        return current().orElseThrow(() -> new IllegalStateException("the session is over; no question to answer"));
    }
}
