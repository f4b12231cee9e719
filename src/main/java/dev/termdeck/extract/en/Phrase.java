package dev.termdeck.extract.en;

/**
 * A candidate term's tokens in one sentence.
 *
 * @param from the first token (inclusive)
 * @param to   the last token (exclusive)
 * @param kind    how the phrase was found
 * @param example whether it stands in a list of examples ("such as economics, health care, ...")
 */
record Phrase(int from, int to, Kind kind, boolean example) {
    /** How a phrase was found. */
    enum Kind {
        /** A whole noun phrase (after leading generic modifiers and a trailing container head are dropped). */
        MAXIMAL,
        /** A shorter phrase ending in the same head, inside a longer one ("neural network" in "graph neural
         * network"). */
        NESTED
    }

    int length() {
        return to - from;
    }
}
