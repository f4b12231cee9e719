package dev.termdeck.study.store;

import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.Fsrs;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.schedule.Grade;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * A separate process that answers cards into a progress database, for the tests of concurrent writers and of a
 * killed process. Arguments: database, deck, answers (negative: forever), cards to cycle through. Prints
 * {@code started} after the first answer is committed and {@code committed N} after every tenth.
 */
public final class StoreWriter {
    private StoreWriter() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String deck = args[1];
        long answers = Long.parseLong(args[2]);
        int cards = Integer.parseInt(args[3]);
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
        Random random = new Random();
        try (ProgressStore store = ProgressStore.open(db)) {
            for (long i = 0; answers < 0 || i < answers; i++) {
                Instant now = Instant.now();
                Grade grade = Grade.of(1 + random.nextInt(4));
                store.record(new GradedAnswer(now, new CardKey(deck, "c" + (i % cards)), Direction.EN_ZH, Mode.FLIP,
                        grade, null, 10), s -> fsrs.review(s, grade, now, random));
                if (i == 0) {
                    System.out.println("started");
                    System.out.flush();
                }
                if ((i + 1) % 10 == 0) {
                    System.out.println("committed " + (i + 1));
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
    }
}
