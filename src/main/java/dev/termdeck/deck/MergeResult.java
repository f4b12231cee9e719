package dev.termdeck.deck;

/**
 * What a merge did.
 *
 * @param deck      the merged deck
 * @param added     cards only in the incoming deck
 * @param updated   cards in both whose content changed (edited fields excepted)
 * @param unchanged cards in both with no change
 * @param kept      cards only in the existing deck, kept and marked stale
 * @param removed   incoming cards a person had removed from the existing deck, left out
 */
public record MergeResult(Deck deck, int added, int updated, int unchanged, int kept, int removed) {
    /** A merge that met no removed card. */
    public MergeResult(Deck deck, int added, int updated, int unchanged, int kept) {
        this(deck, added, updated, unchanged, kept, 0);
    }

    /**
     * One line for the user: {@code 12 added, 3 updated, 40 unchanged, 2 kept (no longer found), 1 left out (removed
     * by a person)}.
     */
    public String summary() {
        return added + " added, " + updated + " updated, " + unchanged + " unchanged, " + kept
                + " kept (no longer found)" + (removed == 0 ? "" : ", " + removed + " left out (removed by a person)");
    }
}
