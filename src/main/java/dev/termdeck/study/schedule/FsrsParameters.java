package dev.termdeck.study.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The settings of the FSRS-6 scheduler. Immutable.
 *
 * @param weights          the 21 model weights w0..w20
 * @param desiredRetention the probability of recall to schedule reviews at, in (0, 1)
 * @param learningSteps    the steps a new card goes through before day-long intervals
 * @param relearningSteps  the steps a forgotten card goes through before day-long intervals again
 * @param maximumInterval  the longest interval, in days
 * @param fuzz             whether to spread intervals of 2.5 days or more a little, so that cards learnt together do
 *                         not stay due together
 */
public record FsrsParameters(
        List<Double> weights,
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumInterval,
        boolean fuzz) {

    /** The FSRS-6 default weights (as shipped by the reference scheduler, 2025). */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /** The default desired retention. */
    public static final double DEFAULT_RETENTION = 0.9;

    public FsrsParameters {
        weights = List.copyOf(weights);
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1, was " + desiredRetention);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        for (Duration d : learningSteps) {
            checkStep(d);
        }
        for (Duration d : relearningSteps) {
            checkStep(d);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, was " + maximumInterval);
        }
    }

    private static void checkStep(Duration d) {
        Objects.requireNonNull(d, "step");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("a learning step must be positive, was " + d);
        }
    }

    /** Default weights, retention 0.9, steps 1 min / 10 min, relearning 10 min, 36,500 days at most, fuzz on. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, DEFAULT_RETENTION,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 36500, true);
    }

    public FsrsParameters withDesiredRetention(double r) {
        return new FsrsParameters(weights, r, learningSteps, relearningSteps, maximumInterval, fuzz);
    }

    public FsrsParameters withFuzz(boolean on) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval, on);
    }
}
