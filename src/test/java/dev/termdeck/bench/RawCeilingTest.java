package dev.termdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RawCeilingTest {
    private static List<RawCeiling.Pass> cpu(double... seconds) {
        return java.util.Arrays.stream(seconds).mapToObj(s -> new RawCeiling.Pass(s * 2, s, 1000, 0)).toList();
    }

    @Test
    void warmUpGoesOnWhileTheJitStillMakesPassesCheaper() {
        // Thread CPU times per pass of one JVM over 1,000 abstracts: still falling after five passes.
        assertThat(RawCeiling.stable(cpu(5.39, 4.45, 4.44, 4.17, 3.81))).isFalse();
        assertThat(RawCeiling.stable(cpu(5.39, 4.45, 4.44, 4.17, 3.81, 3.78, 3.98, 4.06, 3.44))).isFalse();
    }

    @Test
    void threePassesWithinFivePercentOfTheirMedianAreStable() {
        assertThat(RawCeiling.stable(cpu(5.39, 4.45, 3.44, 3.52, 3.40))).isTrue();
        assertThat(RawCeiling.stable(cpu(3.44, 3.52))).isFalse();
    }

    @Test
    void stableLooksAtCpuTimeNotWallTime() {
        // Wall times double when another process takes the core; the CPU times say the pipeline is compiled.
        List<RawCeiling.Pass> passes = List.of(new RawCeiling.Pass(3.5, 3.44, 1, 0), new RawCeiling.Pass(7.9, 3.50, 1, 0),
                new RawCeiling.Pass(3.6, 3.47, 1, 0));
        assertThat(RawCeiling.stable(passes)).isTrue();
    }

    @Test
    void aPassInWhichTheJitStillCompiledIsNotStable() {
        // Passes 2-4 of one JVM: CPU times within 5%, but the compilers still worked 0.78 s during the third.
        List<RawCeiling.Pass> passes = List.of(new RawCeiling.Pass(3.7, 3.70, 1, 0.17),
                new RawCeiling.Pass(3.7, 3.69, 1, 0.78), new RawCeiling.Pass(3.5, 3.51, 1, 0.08));
        assertThat(RawCeiling.stable(passes)).isFalse();
        assertThat(RawCeiling.stable(List.of(new RawCeiling.Pass(3.8, 3.74, 1, 0), new RawCeiling.Pass(3.9, 3.89, 1,
                0.04), new RawCeiling.Pass(3.9, 3.86, 1, 0.001)))).isTrue();
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(RawCeiling.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(RawCeiling.median(new double[] {})).isNaN();
    }
}
