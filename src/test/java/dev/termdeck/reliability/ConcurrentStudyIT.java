package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.reliability.PlainStudy.Answer;
import dev.termdeck.testing.FileSnapshot;
import dev.termdeck.testing.ProgressDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code termdeck study --plain} processes on the same deck and the same progress database at once, answering
 * the same cards in the same order as fast as they can (the worst case for lost updates). One process always grades
 * Good, the other Hard, so each logged answer can be traced to the process that acknowledged it.
 */
class ConcurrentStudyIT {
    @TempDir
    Path work;

    @Test
    void twoProcessesStudyingTheSameCardsKeepEveryAcknowledgedAnswerOfBoth() throws Exception {
        Path deck = copyOfTheShippedDeck();
        String deckHash = FileSnapshot.sha256(deck);
        Path home = work.resolve("data");

        try (PlainStudy good = PlainStudy.start(home, work, args(deck));
             PlainStudy hard = PlainStudy.start(home, work, args(deck))) {
            good.feed("\n3\n".repeat(60));
            hard.feed("\n2\n".repeat(60));
            good.closeInput();
            hard.closeInput();

            assertThat(good.waitForExit(120_000)).as(good.errors()).isZero();
            assertThat(hard.waitForExit(120_000)).as(hard.errors()).isZero();
            assertThat(good.acknowledged()).hasSize(60);
            assertThat(hard.acknowledged()).hasSize(60);
            assertTracedToTheirProcess(home.resolve("progress.db"), good.acknowledged(), hard.acknowledged(), 0);
        }
        assertThat(FileSnapshot.sha256(deck)).isEqualTo(deckHash);
    }

    @Test
    void oneProcessKilledMidSessionCostsTheOtherNothing() throws Exception {
        Path deck = copyOfTheShippedDeck();
        Path home = work.resolve("data");

        try (PlainStudy good = PlainStudy.start(home, work, args(deck));
             PlainStudy hard = PlainStudy.start(home, work, args(deck))) {
            good.feed("\n3\n".repeat(150));
            hard.feed("\n2\n".repeat(60));
            hard.closeInput();
            assertThat(good.awaitSaved(20, 60_000)).as(good.output()).isTrue();
            good.kill();

            assertThat(hard.waitForExit(120_000)).as(hard.errors()).isZero();
            assertThat(hard.acknowledged()).hasSize(60);
            assertTracedToTheirProcess(home.resolve("progress.db"), good.acknowledged(), hard.acknowledged(), 1);
        }
    }

    /**
     * Every acknowledged answer is logged, in its process's order, with at most {@code inFlight} more Good answers
     * (committed by a killed process before it could acknowledge them); every card's state counts all its answers
     * from both processes; the database is sound.
     */
    private static void assertTracedToTheirProcess(Path db, List<Answer> good, List<Answer> hard, int inFlight)
            throws Exception {
        List<String> goodLog = ProgressDb.column(db, "SELECT card FROM review_log WHERE grade = 3 ORDER BY id");
        List<String> hardLog = ProgressDb.column(db, "SELECT card FROM review_log WHERE grade = 2 ORDER BY id");
        assertThat(goodLog.size()).isBetween(good.size(), good.size() + inFlight);
        assertThat(goodLog.subList(0, good.size())).isEqualTo(good.stream().map(Answer::card).toList());
        assertThat(hardLog).isEqualTo(hard.stream().map(Answer::card).toList());
        assertThat(ProgressDb.number(db, "SELECT count(*) FROM review_log")).isEqualTo(goodLog.size()
                + (long) hardLog.size());
        assertThat(ProgressDb.statesNotMatchingTheirLastReview(db)).isEmpty();
        assertThat(ProgressDb.integrity(db)).containsExactly("ok");
    }

    private Path copyOfTheShippedDeck() throws Exception {
        Path deck = Files.createDirectories(work.resolve("decks")).resolve("ml-abstracts.deck.json");
        Files.copy(Path.of("decks/ml-abstracts.deck.json"), deck);
        return deck;
    }

    private static List<String> args(Path deck) {
        return List.of("--new", "100000", "--mode", "flip", "--direction", "en-zh", deck.toString());
    }
}
