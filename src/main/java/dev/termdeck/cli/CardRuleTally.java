package dev.termdeck.cli;

import dev.termdeck.core.Plural;
import dev.termdeck.core.SafeText;
import dev.termdeck.extract.BuildStage;
import dev.termdeck.extract.ProgressListener;
import java.util.List;

/**
 * Passes a build's progress on to the listener it wraps and keeps what the deck-level card rules reported
 * ({@link ProgressListener#cardRules}), for the summary line of {@code termdeck build}: how many candidates the rules
 * left out, and the papers they left with no card, so that a build never gives a paper (or a whole deck) nothing
 * without saying so. Thread-safe.
 */
final class CardRuleTally implements ProgressListener {
    /** The most paper ids the summary names; more are counted. */
    static final int NAMED = 3;

    private final ProgressListener next;
    private int leftOut;
    private List<String> empty = List.of();

    CardRuleTally(ProgressListener next) {
        this.next = next;
    }

    @Override
    public void documentDone(int done, int total) {
        next.documentDone(done, total);
    }

    @Override
    public void stageDone(BuildStage stage, long nanos) {
        next.stageDone(stage, nanos);
    }

    @Override
    public synchronized void cardRules(int leftOut, List<String> papersWithoutCards) {
        this.leftOut += leftOut;
        this.empty = List.copyOf(papersWithoutCards);
        next.cardRules(leftOut, papersWithoutCards);
    }

    /**
     * {@code "; 220 candidates left out by the card rule (no definition and no evidence), 1 paper left with no card:
     * ID"}, or the empty string when the rules left nothing out.
     */
    synchronized String summary() {
        if (leftOut == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder("; ").append(Plural.of(leftOut, "candidate"))
                .append(" left out by the card rule (no definition and no evidence; see docs/extraction.md)");
        if (!empty.isEmpty()) {
            out.append(", ").append(Plural.of(empty.size(), "paper")).append(" left with no card: ")
                    .append(SafeText.forTerminal(String.join(", ", empty.subList(0, Math.min(NAMED, empty.size())))));
            if (empty.size() > NAMED) {
                out.append(" and ").append(empty.size() - NAMED).append(" more");
            }
        }
        return out.toString();
    }
}
