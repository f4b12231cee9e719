package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The nesting look-ups of {@link CompoundFinder} and {@link FragmentFilter} find, through each term's own parts,
 * exactly what comparing every pair of terms finds (their definitions, written out below).
 */
class NestedTermsTest {
    private static final String PIECES = "学习模型网络注意力机制图神经检索";

    @Test
    void longerCompoundsAreThoseThatContainTheCompound() {
        Random random = new Random(17);
        for (int round = 0; round < 20; round++) {
            Map<String, int[]> counts = new HashMap<>();
            for (int i = 0; i < 300; i++) {
                counts.put(word(random, 2 + random.nextInt(8)), new int[] {i, 1 + random.nextInt(5)});
            }

            Map<String, int[]> fast = CompoundFinder.longerCompounds(counts);

            for (String k : counts.keySet()) {
                int freq = 0;
                int count = 0;
                for (Map.Entry<String, int[]> other : counts.entrySet()) {
                    if (other.getKey().length() > k.length() && other.getKey().contains(k)) {
                        freq += other.getValue()[1];
                        count++;
                    }
                }
                assertThat(fast.getOrDefault(k, new int[2])).as(k).containsExactly(freq, count);
            }
        }
    }

    @Test
    void fragmentsAreTheTermsThatLongerTermsOrTheirVariantsCover() {
        Random random = new Random(23);
        for (int round = 0; round < 20; round++) {
            Map<String, TermEvidence> byKey = new HashMap<>();
            for (int i = 0; i < 200; i++) {
                String w = word(random, 2 + random.nextInt(7));
                TermEvidence e = new TermEvidence(w, w, i);
                e.frequency = 1 + random.nextInt(6);
                e.freeScore = random.nextInt(4) == 0 ? 0 : 1;
                e.inGlossary = random.nextInt(3) == 0;
                e.glossaryWeight = e.inGlossary ? 1.2 : 0;
                e.glossed = random.nextInt(10) == 0;
                e.latinName = random.nextInt(10) == 0;
                if (random.nextInt(4) == 0) {
                    e.variants.add(word(random, 4 + random.nextInt(6)));
                }
                byKey.put(w, e);
            }
            List<TermEvidence> all = new ArrayList<>(byKey.values());

            assertThat(FragmentFilter.kept(all)).containsExactlyElementsOf(keptPairwise(all));
        }
    }

    /** {@link FragmentFilter#kept}'s definition, every pair compared. */
    private static List<TermEvidence> keptPairwise(List<TermEvidence> all) {
        List<TermEvidence> out = new ArrayList<>();
        for (TermEvidence e : all) {
            if (e.evidenceScore() <= 0) {
                continue;
            }
            boolean fragment = false;
            if (!e.glossed && e.definition == null) {
                int covered = 0;
                for (TermEvidence longer : all) {
                    boolean part = longer.key.length() > e.key.length() && longer.key.contains(e.key)
                            || longer.variantKeys().stream().anyMatch(v -> v.length() > e.key.length()
                                    && v.contains(e.key));
                    if (longer != e && part && longer.evidenceScore() > 0
                            && (e.onlyRecurs() || e.latinName || !longer.onlyRecurs())) {
                        covered += longer.frequency;
                    }
                }
                fragment = covered > 0 && covered >= 0.7 * e.frequency;
            }
            if (!fragment) {
                out.add(e);
            }
        }
        return out;
    }

    /** A word of {@code n} characters drawn from a few, so that words often contain each other. */
    private static String word(Random random, int n) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n; i++) {
            w.append(PIECES.charAt(random.nextInt(6)));
        }
        return w.toString();
    }
}
