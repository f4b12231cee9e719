package dev.termdeck.study;

import dev.termdeck.deck.Card;
import dev.termdeck.study.answer.AnswerCheck;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.question.QuestionFactory;
import dev.termdeck.study.schedule.CardState;
import dev.termdeck.study.schedule.Fsrs;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.schedule.StudyDay;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.store.CardMark;
import dev.termdeck.study.store.GradedAnswer;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.study.store.Review;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One study session: a queue of due and new cards asked one at a time. It knows no UI: a view asks for the
 * {@link #current()} question, may {@link #check} a typed answer, then calls {@link #answer} with a grade, which
 * commits the answer to the progress store before the next question is made. The card shown can also be suspended,
 * buried until the next study day, flagged, or deleted from its deck, and a card can be added, as in Anki; each is
 * saved at once (marks in the progress store, deletions and additions in the deck file), and {@link #undo} takes back
 * the last of them, or the last answer, in the store and the deck too. Time comes from the clock and choices (mixed
 * directions, options, fuzz) from the random source passed in, so tests control both.
 *
 * <p>Each action (answer, mark, deletion, addition, undo) changes the queue, the card shown and the history together,
 * and is kept here; the queue's order is {@link StudyQueue}'s, the question shown and when {@link ShownQuestion}'s,
 * the file changes are {@link DeckEdits}', and what was done (the undo stack, and the counts of the summary) is
 * {@link SessionHistory}'s.
 *
 * <p>Not thread-safe: one view thread drives a session.
 */
public final class StudySession {
    private final ProgressStore store;
    private final Fsrs fsrs;
    private final AnswerChecker checker;
    private final SessionOptions options;
    private final Clock clock;
    private final RandomGenerator random;
    private final StudyDay day;
    private final StudyQueue queue;
    private final SessionSummary.Skipped skipped;
    private final DeckEdits edits;
    private final Map<CardKey, CardMark> marks = new HashMap<>();
    private final SessionHistory history = new SessionHistory();
    private final ShownQuestion shown;

    StudySession(SessionParts parts, StudyQueue queue, QuestionFactory questions, SessionSummary.Skipped skipped,
            Map<CardKey, CardMark> marks) {
        this.marks.putAll(marks);
        this.skipped = skipped;
        this.edits = parts.edits();
        this.store = parts.store();
        this.fsrs = parts.fsrs();
        this.checker = parts.checker();
        this.options = parts.options();
        this.clock = parts.clock();
        this.random = parts.random();
        this.day = parts.day();
        this.queue = queue;
        this.shown = new ShownQuestion(queue, questions, options, clock, random);
    }

    /** What a session is made of, besides its cards. */
    record SessionParts(ProgressStore store, Fsrs fsrs, AnswerChecker checker, SessionOptions options, Clock clock,
            RandomGenerator random, StudyDay day, DeckEdits edits) {
        SessionParts {
            Objects.requireNonNull(edits, "edits");
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
        return Optional.ofNullable(shown.next());
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
        long elapsed = Math.max(0, Duration.between(shown.shownAt(), now).toMillis());
        GradedAnswer a = new GradedAnswer(now, q.key(), q.direction(), q.mode(), grade,
                response == null || response.isBlank() ? null : response.strip(), elapsed);
        Review review = store.record(a, before -> fsrs.review(before, grade, a.time(), random));
        history.push(new SessionAction.Answered(review, q, shown.entry()));
        queue.answered(shown.entry(), review.after(), day.end(now));
        shown.clear();
        return review;
    }

    /** Whether there is something of this session to undo. */
    public boolean canUndo() {
        return !history.isEmpty();
    }

    /**
     * Takes back the last thing done in this session: an answer (the store forgets it and restores the card's
     * state), a suspension or burial (the mark as it was), a flag, a deletion (the card back in its deck, with its
     * progress), or an added card (out of its deck again). The card an answer, mark or deletion was on is asked
     * again (the question that was showing comes next).
     *
     * @return what was taken back, or empty when there was nothing to undo
     * @throws ProgressStoreException when an answer's card was studied since in another window; nothing changes then
     */
    public Optional<Undone> undo() {
        SessionAction last = history.last();
        if (last == null) {
            return Optional.empty();
        }
        Undone.Kind kind;
        if (last instanceof SessionAction.Answered a) {
            store.undo(a.review());
            shown.askAgain(a.question(), new StudyQueue.Entry(a.entry().key(), a.question().card(), a.review().before()));
            kind = Undone.Kind.ANSWER;
        } else if (last instanceof SessionAction.Marked m) {
            store.mark(m.key(), m.before());
            marks.put(m.key(), m.before());
            if (m.kind() != Undone.Kind.FLAG) {
                shown.askAgain(m.question(), m.entry());
            }
            kind = m.kind();
        } else if (last instanceof SessionAction.Deleted d) {
            edits.restore(d.deck(), d.card());
            shown.askAgain(d.question(), d.entry());
            kind = Undone.Kind.DELETE;
        } else {
            SessionAction.Added added = (SessionAction.Added) last;
            edits.unadd(added.deck(), added.card().id());
            CardKey key = new CardKey(added.deck(), added.card().id());
            queue.removeEverywhere(key);
            shown.clearIfShowing(key);
            kind = Undone.Kind.ADD;
        }
        history.dropLast();
        return Optional.of(new Undone(kind, last.card()));
    }

    /** What the learner marked on the card shown (nothing when no card is shown). */
    public CardMark currentMark() {
        return shown.shown() == null ? CardMark.NONE : marks.getOrDefault(shown.shown().key(), CardMark.NONE);
    }

    /**
     * Suspends the card shown: no session asks it until it is unsuspended (from the browse screen); the next card is
     * then {@link #current()}. Saved at once.
     *
     * @return the card suspended
     */
    public Card suspend() {
        return leave(Undone.Kind.SUSPEND, currentMark().withSuspended(true));
    }

    /**
     * Buries the card shown until the next study day (04:00): it is asked again then, as in Anki; the next card is
     * then {@link #current()}. Saved at once.
     *
     * @return the card buried
     */
    public Card bury() {
        return leave(Undone.Kind.BURY, currentMark().withBuriedUntil(day.end(clock.instant())));
    }

    private Card leave(Undone.Kind kind, CardMark mark) {
        Question q = requireCurrent();
        CardMark before = currentMark();
        store.mark(q.key(), mark);
        marks.put(q.key(), mark);
        history.push(new SessionAction.Marked(kind, q.key(), before, q, shown.entry()));
        shown.clear();
        return q.card();
    }

    /**
     * Flags the card shown, or clears its flag: a mark for attention, shown with the card and in browse. Saved at
     * once; the card stays shown.
     *
     * @return whether the card is flagged now
     */
    public boolean toggleFlag() {
        Question q = requireCurrent();
        CardMark before = currentMark();
        CardMark after = before.withFlagged(!before.flagged());
        store.mark(q.key(), after);
        marks.put(q.key(), after);
        history.push(new SessionAction.Marked(Undone.Kind.FLAG, q.key(), before, q, shown.entry()));
        return after.flagged();
    }

    /**
     * Deletes the card shown from its deck file, recording the removal so that a rebuild does not bring it back (its
     * progress stays in the store); the next card is then {@link #current()}. {@link #undo} puts it back.
     *
     * @return the card deleted
     */
    public Card delete() {
        Question q = requireCurrent();
        Optional<Card> gone = edits.remove(q.key().deck(), q.key().card());
        history.push(new SessionAction.Deleted(q.key().deck(), gone.orElse(q.card()), q, shown.entry()));
        shown.clear();
        return q.card();
    }

    /**
     * Adds a card a person wrote to {@code deck} (its id made from its term, its Chinese term given pinyin, every
     * field it sets marked as theirs) and queues it as a new card of this session when it can be asked here.
     *
     * @return the card as saved
     * @throws dev.termdeck.core.TermdeckException when the deck has a card of that term already
     */
    public Card add(String deck, Card draft) {
        Card saved = edits.add(deck, draft);
        history.push(new SessionAction.Added(deck, saved));
        if (QuestionFactory.supports(saved, options.direction(), options.mode())
                && (options.tag() == null || saved.tags().stream().anyMatch(options.tag()::equalsIgnoreCase))) {
            queue.addNew(new StudyQueue.Entry(new CardKey(deck, saved.id()), saved, CardState.fresh(clock.instant())));
        }
        return saved;
    }

    /** Leaves card {@code key} out of the rest of this session (suspended from outside it); not undone here. */
    public void leaveOut(CardKey key) {
        queue.removeEverywhere(key);
        shown.clearIfShowing(key);
    }

    /** Uses an edited card from now on (the question showing is remade if it is that card). */
    public void replaceCard(String deck, Card card) {
        CardKey key = new CardKey(deck, card.id());
        queue.replaceCard(key, card);
        shown.replaceCard(key, card);
    }

    /** The cards of the decks left out because they cannot be asked in this direction and mode, and why. */
    public SessionSummary.Skipped skipped() {
        return skipped;
    }

    /** How far the session is: answers given, and the cards to come in each queue, the one shown included. */
    public SessionProgress progress() {
        int[] c = queue.counts();
        SessionProgress.Queue showing = null;
        if (shown.shown() != null) {
            int q = StudyQueue.queueOf(shown.entry());
            c[q]++;
            showing = SessionProgress.Queue.values()[q];
        }
        return new SessionProgress(history.answerCount(), c[0], c[1], c[2], showing);
    }

    /** What the session did so far. */
    public SessionSummary summary() {
        return history.summary(queue, shown.entry(), skipped);
    }

    private Question requireCurrent() {
        return current().orElseThrow(() -> new IllegalStateException("the session is over; no question to answer"));
    }
}
