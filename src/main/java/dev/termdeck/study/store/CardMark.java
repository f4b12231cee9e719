package dev.termdeck.study.store;

import java.time.Instant;

/**
 * What a learner marked on a card, kept with their progress (not in the shared deck): suspended (out of every session
 * until unsuspended, as in Anki), buried until a time (out of sessions until the next study day), flagged (marked for
 * attention). Immutable.
 *
 * @param suspended   whether the card is suspended
 * @param buriedUntil the card is left out of sessions before this time, or {@code null}
 * @param flagged     whether the card is flagged
 */
public record CardMark(boolean suspended, Instant buriedUntil, boolean flagged) {
    /** A card with no mark. */
    public static final CardMark NONE = new CardMark(false, null, false);

    /** Whether the card is left out of a session at {@code now} (suspended, or buried until later). */
    public boolean keepsOut(Instant now) {
        return suspended || buried(now);
    }

    /** Whether the card is buried at {@code now}. */
    public boolean buried(Instant now) {
        return buriedUntil != null && now.isBefore(buriedUntil);
    }

    public CardMark withSuspended(boolean v) {
        return new CardMark(v, buriedUntil, flagged);
    }

    public CardMark withBuriedUntil(Instant v) {
        return new CardMark(suspended, v, flagged);
    }

    public CardMark withFlagged(boolean v) {
        return new CardMark(suspended, buriedUntil, v);
    }

    /** Whether this marks nothing at {@code now} (a burial past is no mark). */
    public boolean isEmpty(Instant now) {
        return !suspended && !flagged && !buried(now);
    }
}
