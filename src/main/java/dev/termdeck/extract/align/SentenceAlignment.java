package dev.termdeck.extract.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Which sentences of a paper's translation render which sentences of its original: a monotonic sequence of beads,
 * each a run of English sentences and the run of Chinese sentences that translates it (one to one, two to one when the
 * translation merged them, one to nothing when it dropped one). Immutable.
 */
final class SentenceAlignment {
    /** English sentences [enFrom, enTo) are rendered by Chinese sentences [zhFrom, zhTo). */
    record Bead(int enFrom, int enTo, int zhFrom, int zhTo) {
        boolean pairs() {
            return enTo > enFrom && zhTo > zhFrom;
        }
    }

    private final List<Bead> beads;

    SentenceAlignment(List<Bead> beads) {
        this.beads = List.copyOf(beads);
    }

    List<Bead> beads() {
        return beads;
    }

    /** The bead that holds English sentence {@code s}. */
    Bead ofEnglish(int s) {
        for (Bead b : beads) {
            if (s >= b.enFrom() && s < b.enTo()) {
                return b;
            }
        }
        throw new IllegalArgumentException("no bead holds English sentence " + s);
    }

    /** The bead that holds Chinese sentence {@code s}. */
    Bead ofChinese(int s) {
        for (Bead b : beads) {
            if (s >= b.zhFrom() && s < b.zhTo()) {
                return b;
            }
        }
        throw new IllegalArgumentException("no bead holds Chinese sentence " + s);
    }

    /** The beads that pair sentences on both sides. */
    List<Bead> pairs() {
        List<Bead> out = new ArrayList<>();
        for (Bead b : beads) {
            if (b.pairs()) {
                out.add(b);
            }
        }
        return out;
    }
}
