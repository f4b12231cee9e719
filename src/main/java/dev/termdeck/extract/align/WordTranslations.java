package dev.termdeck.extract.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word translation probabilities learned from parallel text: IBM Model 1 (Brown et al., 1993), trained by
 * expectation-maximization in both directions, p(Chinese word | English word) and p(English word | Chinese word),
 * each side with an empty word for the words the other side does not render. The parallel text is every pair of
 * aligned sentences of the corpus's papers, plus the glossary's entries (each a tiny sentence pair: "federated
 * learning" / 联邦学习), so that the glossary seeds what the corpus is too small to teach. Words are compared by
 * {@link Word#norm()}. Immutable once learned and thread-safe.
 */
final class WordTranslations {
    private static final String EMPTY_WORD = "\u0000";
    /** Word pairs less likely than this after a round of learning are dropped. */
    private static final double MIN_PROBABILITY = 1e-4;

    private final Map<String, Integer> enIds;
    private final Map<String, Integer> zhIds;
    private final PairTable zhGivenEn;
    private final PairTable enGivenZh;
    /** For each English word id, the number of pairs it occurs in. */
    private int[] enCounts;
    /** Chinese words by id. */
    private final String[] zhWords;
    /** For each English word id, its likeliest Chinese words (Chinese script, two characters or more). */
    private final Map<Integer, int[]> top;

    private WordTranslations(Map<String, Integer> enIds, Map<String, Integer> zhIds, PairTable zhGivenEn,
            PairTable enGivenZh) {
        this.enIds = enIds;
        this.zhIds = zhIds;
        this.zhGivenEn = zhGivenEn;
        this.enGivenZh = enGivenZh;
        zhWords = new String[zhIds.size()];
        zhIds.forEach((w, id) -> zhWords[id] = w);
        top = topTranslations(zhGivenEn, zhWords);
    }

    private static final int TOP = 4;
    private static final double TOP_MIN = 0.05;

    private static Map<Integer, int[]> topTranslations(PairTable zhGivenEn, String[] zhWords) {
        Map<Integer, List<double[]>> byEn = new HashMap<>();
        zhGivenEn.forEach((e, z, p) -> {
            if (e != 0 && p >= TOP_MIN
                    && zhWords[z].codePoints().anyMatch(dev.termdeck.extract.zh.HanLpChinese::isHan)) {
                byEn.computeIfAbsent(e, k -> new ArrayList<>()).add(new double[] {p, z});
            }
        });
        Map<Integer, int[]> out = new HashMap<>();
        byEn.forEach((e, list) -> {
            list.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
            int[] ids = new int[Math.min(TOP, list.size())];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = (int) list.get(i)[1];
            }
            out.put(e, ids);
        });
        return out;
    }

    /**
     * A pair of parallel word sequences.
     *
     * @param en     English words (content words only)
     * @param zh     Chinese words (content words only)
     * @param weight how much the pair counts (a glossary entry may count more than a sentence)
     */
    record Pair(List<String> en, List<String> zh, double weight) {
    }

    /** Learns from {@code pairs} with {@code iterations} rounds of expectation-maximization in each direction. */
    static WordTranslations learn(List<Pair> pairs, int iterations) {
        Map<String, Integer> en = new HashMap<>();
        Map<String, Integer> zh = new HashMap<>();
        en.put(EMPTY_WORD, 0);
        zh.put(EMPTY_WORD, 0);
        List<int[]> enSeqs = new ArrayList<>(pairs.size());
        List<int[]> zhSeqs = new ArrayList<>(pairs.size());
        double[] weights = new double[pairs.size()];
        int i = 0;
        for (Pair p : pairs) {
            enSeqs.add(ids(p.en(), en));
            zhSeqs.add(ids(p.zh(), zh));
            weights[i++] = p.weight();
        }
        PairTable zhGivenEn = model1(enSeqs, zhSeqs, weights, en.size(), iterations);
        PairTable enGivenZh = model1(zhSeqs, enSeqs, weights, zh.size(), iterations);
        WordTranslations out = new WordTranslations(en, zh, zhGivenEn, enGivenZh);
        out.enCounts = new int[en.size()];
        for (int[] seq : enSeqs) {
            java.util.Arrays.stream(seq).distinct().forEach(id -> out.enCounts[id]++);
        }
        return out;
    }

    /** p(zh | en), or 0 when either word was never seen. */
    double zhGivenEn(String enNorm, String zhNorm) {
        Integer e = enIds.get(enNorm);
        Integer z = zhIds.get(zhNorm);
        return e == null || z == null ? 0 : zhGivenEn.get(e, z);
    }

    /** p(en | zh), or 0 when either word was never seen. */
    double enGivenZh(String zhNorm, String enNorm) {
        Integer e = enIds.get(enNorm);
        Integer z = zhIds.get(zhNorm);
        return e == null || z == null ? 0 : enGivenZh.get(z, e);
    }

    /** p(zh | the empty English word): how likely a translation writes {@code zh} for no word of the original. */
    double zhGivenNothing(String zhNorm) {
        Integer z = zhIds.get(zhNorm);
        return z == null ? 0 : zhGivenEn.get(0, z);
    }

    /** p(en | the empty Chinese word). */
    double enGivenNothing(String enNorm) {
        Integer e = enIds.get(enNorm);
        return e == null ? 0 : enGivenZh.get(0, e);
    }

    /** The id of an English word, or -1 when it was never seen. */
    int englishId(String enNorm) {
        Integer e = enIds.get(enNorm);
        return e == null ? -1 : e;
    }

    /** The id of a Chinese word, or -1 when it was never seen. */
    int chineseId(String zhNorm) {
        Integer z = zhIds.get(zhNorm);
        return z == null ? -1 : z;
    }

    /** {@link #association(String, String)} by word ids (-1 for a word never seen). */
    double association(int e, int z) {
        return e < 0 || z < 0 ? 0 : Math.sqrt(zhGivenEn.get(e, z) * enGivenZh.get(z, e));
    }

    /** How strongly the two words translate each other: the geometric mean of both directions. */
    double association(String enNorm, String zhNorm) {
        Integer e = enIds.get(enNorm);
        Integer z = zhIds.get(zhNorm);
        if (e == null || z == null) {
            return 0;
        }
        return Math.sqrt(zhGivenEn.get(e, z) * enGivenZh.get(z, e));
    }

    /**
     * How strongly the two words translate each other, reading a Chinese word that is part of (or holds) one of the
     * English word's likely translations as a partial rendering of it: 音 in 音视频 for "audio" (音频), 耦 of 解耦 for
     * "decoupled". The share of characters shared scales the probability.
     */
    double partialAssociation(String enNorm, String zhForm) {
        Integer e = enIds.get(enNorm);
        if (e == null || top == null) {
            return 0;
        }
        double best = 0;
        for (int z : top.getOrDefault(e, new int[0])) {
            String t = zhWords[z];
            if (t.equals(zhForm) || t.length() < 2 && zhForm.length() < 2 || t.length() < 2 && zhForm.length() > 1) {
                continue;
            }
            // Only a word that holds the translation, or a single character of it; not a word of a longer compound
            // (精度 of 混合精度 does not render "mixed") nor characters in common (驱动 and 运动, "motion").
            int shared = zhForm.length() == 1 && t.contains(zhForm) ? 1 : zhForm.contains(t) ? t.length() : 0;
            if (shared > 0) {
                best = Math.max(best, zhGivenEn.get(e, z) * shared / Math.max(t.length(), zhForm.length()));
            }
        }
        return best;
    }

    /** How many sentence pairs (and glossary entries) the English word occurs in. */
    int englishCount(String enNorm) {
        Integer e = enIds.get(enNorm);
        return e == null ? 0 : enCounts[e];
    }

    /**
     * Whether the Chinese word {@code zhForm} holds a likely translation of the English word (流 of "flow" in 数据流):
     * a compound the segmenter kept whole renders each of its parts.
     */
    boolean rendersWithin(String enNorm, String zhForm) {
        Integer e = enIds.get(enNorm);
        if (e == null) {
            return false;
        }
        for (int z : top.getOrDefault(e, new int[0])) {
            if (zhGivenEn.get(e, z) >= RENDERS_WITHIN && zhForm.length() > zhWords[z].length()
                    && zhForm.contains(zhWords[z])) {
                return true;
            }
        }
        return false;
    }

    /** How likely a translation must be for a compound holding it to render the word. */
    private static final double RENDERS_WITHIN = 0.2;

    /** Whether the Chinese text learned from wrote {@code zh} as one word somewhere. */
    boolean isChineseWord(String zh) {
        return zhIds.containsKey(zh);
    }

    /** How many word pairs the model holds (both directions). */
    int size() {
        return zhGivenEn.size() + enGivenZh.size();
    }

    private static int[] ids(List<String> words, Map<String, Integer> ids) {
        int[] out = new int[words.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ids.computeIfAbsent(words.get(k), w -> ids.size());
        }
        return out;
    }

    /**
     * p(target | source) by Model 1: each target word is generated by one source word of its sentence or by the
     * empty word (id 0). The first round starts from uniform probabilities.
     */
    private static PairTable model1(List<int[]> sources, List<int[]> targets, double[] weights, int sourceWords,
            int iterations) {
        int expected = 0;
        for (int k = 0; k < sources.size(); k++) {
            expected += (sources.get(k).length + 1) * targets.get(k).length;
        }
        PairTable t = null;
        double[] probabilities = new double[64];
        for (int round = 0; round < iterations; round++) {
            PairTable counts = new PairTable(t == null ? expected / 2 : t.size());
            double[] totals = new double[sourceWords];
            for (int k = 0; k < sources.size(); k++) {
                int[] src = sources.get(k);
                int[] tgt = targets.get(k);
                double w = weights[k];
                if (probabilities.length < src.length + 1) {
                    probabilities = new double[src.length + 1];
                }
                for (int target : tgt) {
                    // The probability of each source word (and the empty one, last) generating this target word.
                    double denom = 0;
                    for (int i = 0; i <= src.length; i++) {
                        int source = i < src.length ? src[i] : 0;
                        probabilities[i] = t == null ? 1 : t.get(source, target);
                        denom += probabilities[i];
                    }
                    if (denom <= 0) {
                        continue;
                    }
                    for (int i = 0; i <= src.length; i++) {
                        int source = i < src.length ? src[i] : 0;
                        double c = w * probabilities[i] / denom;
                        if (c > 0) {
                            counts.add(source, target, c);
                            totals[source] += c;
                        }
                    }
                }
            }
            counts.update((a, b, v) -> v / totals[a]);
            // Pairs that never became likely are dropped: a smaller table is faster to read.
            t = counts.without(MIN_PROBABILITY);
        }
        return t == null ? new PairTable(16) : t;
    }
}
