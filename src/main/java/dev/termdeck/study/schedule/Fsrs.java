package dev.termdeck.study.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The FSRS-6 scheduler: given a card's state and a grade, the card's next state. It follows the published formulas
 * and the reference scheduler's handling of learning and relearning steps (see {@code docs/study.md}).
 *
 * <p>Elapsed time {@code t} is counted in whole days since the last review; a review less than a day after the
 * previous one uses the short-term stability formula. Intervals are whole days. Immutable and thread-safe; the
 * random source for fuzz is passed to each call.
 */
public final class Fsrs {
    /** The floor of stability, in days. */
    static final double STABILITY_MIN = 0.001;
    private static final long DAY_SECONDS = 86_400;

    private final FsrsParameters params;
    private final double[] w;
    private final double decay;
    private final double factor;

    public Fsrs(FsrsParameters params) {
        this.params = Objects.requireNonNull(params, "params");
        this.w = params.weights().stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsParameters parameters() {
        return params;
    }

    /** The probability of recalling the card at {@code now} (0 for a new card). */
    public double retrievability(CardState card, Instant now) {
        if (card.memory() == null) {
            return 0;
        }
        return forgettingCurve(elapsedDays(card.lastReview(), now), card.memory().stability());
    }

    /** R(t, S) = (1 + F t / S) ^ -w20. */
    double forgettingCurve(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /**
     * The state of {@code card} after it was graded {@code grade} at {@code now}.
     *
     * @param random the source of fuzz (used only when fuzz is on and the card goes to a day-long interval)
     */
    public CardState review(CardState card, Grade grade, Instant now, RandomGenerator random) {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(now, "now");
        MemoryState memory = nextMemory(card, grade, now);
        Phase phase;
        int step = 0;
        Duration interval;
        int lapses = card.lapses();
        switch (card.phase()) {
            case NEW, LEARNING, RELEARNING -> {
                Phase inSteps = card.phase() == Phase.RELEARNING ? Phase.RELEARNING : Phase.LEARNING;
                List<Duration> steps = inSteps == Phase.RELEARNING ? params.relearningSteps() : params.learningSteps();
                StepResult r = stepResult(steps, card.step(), grade);
                if (r == null) {
                    phase = Phase.REVIEW;
                    interval = Duration.ofDays(nextIntervalDays(memory.stability()));
                } else {
                    phase = inSteps;
                    step = r.step();
                    interval = r.interval();
                }
            }
            case REVIEW -> {
                if (grade == Grade.AGAIN && !params.relearningSteps().isEmpty()) {
                    phase = Phase.RELEARNING;
                    interval = params.relearningSteps().get(0);
                } else {
                    phase = Phase.REVIEW;
                    interval = Duration.ofDays(nextIntervalDays(memory.stability()));
                }
                if (grade == Grade.AGAIN) {
                    lapses++;
                }
            }
            default -> throw new IllegalStateException("unknown phase " + card.phase());
        }
        if (params.fuzz() && phase == Phase.REVIEW) {
            interval = fuzz(interval, random);
        }
        return new CardState(phase, step, memory, now.plus(interval), now, card.reps() + 1, lapses);
    }

    /** The next (re)learning step, or {@code null} when the card graduates to day-long intervals. */
    private static StepResult stepResult(List<Duration> steps, int step, Grade grade) {
        if (steps.isEmpty() || step >= steps.size() && grade != Grade.AGAIN) {
            return null;
        }
        return switch (grade) {
            case AGAIN -> new StepResult(0, steps.get(0));
            case HARD -> {
                if (step == 0 && steps.size() == 1) {
                    yield new StepResult(step, steps.get(0).multipliedBy(3).dividedBy(2));
                } else if (step == 0) {
                    yield new StepResult(step, steps.get(0).plus(steps.get(1)).dividedBy(2));
                }
                yield new StepResult(step, steps.get(Math.min(step, steps.size() - 1)));
            }
            case GOOD -> step + 1 >= steps.size() ? null : new StepResult(step + 1, steps.get(step + 1));
            case EASY -> null;
        };
    }

    private record StepResult(int step, Duration interval) {
    }

    private MemoryState nextMemory(CardState card, Grade grade, Instant now) {
        MemoryState m = card.memory();
        if (m == null) {
            return new MemoryState(clampStability(w[grade.value() - 1]), clampDifficulty(initialDifficulty(grade)));
        }
        long days = elapsedDays(card.lastReview(), now);
        double s;
        if (days < 1) {
            s = shortTermStability(m.stability(), grade);
        } else {
            double r = forgettingCurve(days, m.stability());
            s = grade == Grade.AGAIN ? forgetStability(m, r) : recallStability(m, r, grade);
        }
        return new MemoryState(clampStability(s), nextDifficulty(m.difficulty(), grade));
    }

    /** D0(G) = w4 - e^(w5 (G - 1)) + 1, unclamped. */
    private double initialDifficulty(Grade g) {
        return w[4] - Math.exp(w[5] * (g.value() - 1)) + 1;
    }

    private double nextDifficulty(double d, Grade g) {
        double delta = -w[6] * (g.value() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(w[7] * initialDifficulty(Grade.EASY) + (1 - w[7]) * damped);
    }

    private double shortTermStability(double s, Grade g) {
        double increase = Math.exp(w[17] * (g.value() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (g == Grade.GOOD || g == Grade.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return s * increase;
    }

    private double recallStability(MemoryState m, double r, Grade g) {
        double hard = g == Grade.HARD ? w[15] : 1;
        double easy = g == Grade.EASY ? w[16] : 1;
        double s = m.stability();
        return s * (1 + Math.exp(w[8]) * (11 - m.difficulty()) * Math.pow(s, -w[9])
                * (Math.exp((1 - r) * w[10]) - 1) * hard * easy);
    }

    private double forgetStability(MemoryState m, double r) {
        double s = m.stability();
        double longTerm = w[11] * Math.pow(m.difficulty(), -w[12]) * (Math.pow(s + 1, w[13]) - 1)
                * Math.exp((1 - r) * w[14]);
        double shortTerm = s / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    /** I = S / F * (r^(1 / -w20) - 1), rounded half to even, in [1, maximum interval]. */
    long nextIntervalDays(double stability) {
        double days = stability / factor * (Math.pow(params.desiredRetention(), 1 / decay) - 1);
        long rounded = (long) Math.rint(days);
        return Math.min(Math.max(rounded, 1), params.maximumInterval());
    }

    /** Spreads an interval of 2.5 days or more uniformly over a range that widens with its length. */
    private Duration fuzz(Duration interval, RandomGenerator random) {
        long days = interval.toDays();
        if (days < 2.5) {
            return interval;
        }
        double delta = 1.0 + 0.15 * Math.max(Math.min(days, 7.0) - 2.5, 0)
                + 0.10 * Math.max(Math.min(days, 20.0) - 7.0, 0)
                + 0.05 * Math.max(days - 20.0, 0);
        long max = Math.min(Math.round(days + delta), params.maximumInterval());
        long min = Math.min(Math.max(2, Math.round(days - delta)), max);
        return Duration.ofDays(min + random.nextLong(max - min + 1));
    }

    private static long elapsedDays(Instant from, Instant to) {
        return Math.max(0, Math.floorDiv(Duration.between(from, to).getSeconds(), DAY_SECONDS));
    }

    private static double clampStability(double s) {
        return Math.max(s, STABILITY_MIN);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1.0), 10.0);
    }
}
