package dev.termdeck.study;

import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.schedule.Grade;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was done in one study session, newest first: the actions {@link StudySession#undo} takes back, and the answers
 * among them, which the session's progress and summary count (an undone answer is gone from both). Not thread-safe:
 * owned by its session.
 */
final class SessionHistory {
    private final Deque<SessionAction> actions = new ArrayDeque<>();

    void push(SessionAction action) {
        actions.push(action);
    }

    /** The newest action, or null when there is none. */
    SessionAction last() {
        return actions.peek();
    }

    /** Forgets the newest action, once it was taken back. */
    void dropLast() {
        actions.pop();
    }

    boolean isEmpty() {
        return actions.isEmpty();
    }

    /** How many answers were given (and not undone). */
    int answerCount() {
        return answers().size();
    }

    /**
     * What the session did so far: its answers, with what is still to come in {@code queue} and the card
     * {@code showing} (null when none), which still counts where it was: in its steps, or among the unseen.
     */
    SessionSummary summary(StudyQueue queue, StudyQueue.Entry showing, SessionSummary.Skipped skipped) {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        Set<CardKey> cards = new HashSet<>();
        int fresh = 0;
        long time = 0;
        List<SessionAction.Answered> answered = answers();
        for (SessionAction.Answered a : answered) {
            grades.merge(a.review().grade(), 1, Integer::sum);
            cards.add(a.review().key());
            fresh += a.review().before().isNew() ? 1 : 0;
            time += a.review().elapsedMs();
        }
        boolean showingInSteps = showing != null && showing.state().phase().inSteps();
        Instant nextDue = queue.nextLearningDue();
        if (showingInSteps && (nextDue == null || showing.state().due().isBefore(nextDue))) {
            nextDue = showing.state().due();
        }
        return new SessionSummary(answered.size(), cards.size(), fresh, grades, time,
                queue.learningCount() + (showingInSteps ? 1 : 0), nextDue,
                queue.unseen() + (showing != null && !showingInSteps ? 1 : 0), skipped);
    }

    private List<SessionAction.Answered> answers() {
        List<SessionAction.Answered> out = new ArrayList<>();
        for (SessionAction a : actions) {
            if (a instanceof SessionAction.Answered answered) {
                out.add(answered);
            }
        }
        return out;
    }
}
