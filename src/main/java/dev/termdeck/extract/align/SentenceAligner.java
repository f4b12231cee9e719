package dev.termdeck.extract.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns the sentences of a paper's two versions by dynamic programming over monotonic beads (Gale and Church, 1993,
 * with a lexical score in place of their length-only one): one to one, two or three to one and one to two (a
 * translation that merges or splits sentences), and one to none (a sentence the translation drops, or adds). A bead
 * scores the similarity of its two sides ({@link Similarity}), less a penalty for a length ratio far from the usual
 * one and for beads other than one to one. Stateless.
 */
final class SentenceAligner {
    /** How much a bead other than one to one costs, by kind. */
    private static final double MERGE = 0.08;
    private static final double MERGE3 = 0.2;
    private static final double SKIP = 0.12;
    /** Weight of the length mismatch |ln(Chinese length / English length)|. */
    private static final double LENGTH = 0.08;
    /** Bead shapes: English sentences, Chinese sentences; tried in this order (ties keep the earlier). */
    private static final int[][] SHAPES = {{1, 1}, {2, 1}, {1, 2}, {3, 1}, {2, 2}, {1, 0}, {0, 1}};

    private SentenceAligner() {
    }

    /** How alike English sentences [ef, et) and Chinese sentences [zf, zt) are, from 0 (unrelated) up. */
    interface Similarity {
        double of(int ef, int et, int zf, int zt);
    }

    static SentenceAlignment align(PaperText en, PaperText zh, Similarity sim) {
        int m = en.sentences.size();
        int n = zh.sentences.size();
        double[][] best = new double[m + 1][n + 1];
        int[][] from = new int[m + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int k = 0; k < SHAPES.length; k++) {
                    int a = SHAPES[k][0];
                    int b = SHAPES[k][1];
                    if (i < a || j < b || best[i - a][j - b] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double s = best[i - a][j - b] + score(en, zh, sim, i - a, i, j - b, j);
                    if (s > best[i][j] + 1e-12) {
                        best[i][j] = s;
                        from[i][j] = k;
                    }
                }
            }
        }
        List<SentenceAlignment.Bead> beads = new ArrayList<>();
        int i = m;
        int j = n;
        while (i > 0 || j > 0) {
            int[] shape = SHAPES[from[i][j]];
            beads.add(new SentenceAlignment.Bead(i - shape[0], i, j - shape[1], j));
            i -= shape[0];
            j -= shape[1];
        }
        Collections.reverse(beads);
        return new SentenceAlignment(beads);
    }

    private static double score(PaperText en, PaperText zh, Similarity sim, int ef, int et, int zf, int zt) {
        int a = et - ef;
        int b = zt - zf;
        if (a == 0 || b == 0) {
            return -SKIP;
        }
        double lengthRatio = Math.log((zh.length(zf, zt) + 3) / (en.length(ef, et) + 3));
        double penalty = a == 1 && b == 1 ? 0 : a + b == 3 ? MERGE : MERGE3;
        return sim.of(ef, et, zf, zt) - LENGTH * Math.abs(lengthRatio) - penalty;
    }
}
