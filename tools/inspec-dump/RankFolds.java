package dev.termdeck.extract.rank;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Function;

/**
 * The learned ranker k-fold over the documents of its training data (data/rank/): 5 folds, document assignments
 * shuffled with seeds 1-4, 20 train/test pairs. Each test fold is scored (P / R / F1 averaged over documents, the
 * simulation of `termdeck eval --keyphrases`) with today's keyphrase line (cut-off, ScoreDrop) and with the model
 * trained on the other folds (RankModel.train, as RankTraining): prints the mean and every fold's gain. Compiled
 * against target/classes; not part of the build:
 *   CP="target/classes:$(ls target/lib/*.jar | tr '\n' ':')"
 *   javac -d /tmp/NAME-rank -cp "$CP" tools/inspec-dump/RankFolds.java
 *   java -cp "/tmp/NAME-rank:$CP" dev.termdeck.extract.rank.RankFolds data/rank/inspec-tune-candidates.tsv
 */
public final class RankFolds {
    record Row(String doc, boolean y, Set<String> match, int keys, boolean passes, float[] f, int order) {
        double score() { return f[0]; }
        boolean twice() { return f[24] > 0; }
    }

    static final int CAP = 8, EXTRA = 2, AFTER = 4;
    static final double DROP = 0.08;

    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8);
        Map<String, List<Row>> docs = new LinkedHashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] p = lines.get(n).split("\t");
            float[] f = new float[p.length - 5];
            for (int i = 0; i < f.length; i++) f[i] = Float.parseFloat(p[5 + i]);
            Set<String> m = p[2].equals("-") ? Set.of() : Set.of(p[2].split("\\|"));
            List<Row> d = docs.computeIfAbsent(p[0], k -> new ArrayList<>());
            d.add(new Row(p[0], p[1].equals("1"), m, Integer.parseInt(p[3]), p[4].equals("1"), f, d.size()));
        }
        List<String> ids = new ArrayList<>(docs.keySet());
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int seed = 1; seed <= 4; seed++) {
            List<String> order = new ArrayList<>(ids);
            Collections.shuffle(order, new Random(seed));
            for (int k = 0; k < 5; k++) {
                Set<String> test = new HashSet<>();
                for (int i = k; i < order.size(); i += 5) test.add(order.get(i));
                List<LabelledCandidate> train = new ArrayList<>();
                for (String id : ids) if (!test.contains(id)) for (Row r : docs.get(id)) train.add(new LabelledCandidate(id, r.y(), r.f()));
                RankModel model = RankModel.train(train);
                Map<Row, Double> p = new IdentityHashMap<>();
                for (String id : test) for (Row r : docs.get(id)) p.put(r, model.probability(r.f()));
                Comparator<Row> likeliest = Comparator.comparing((Row r) -> -p.get(r)).thenComparingInt(Row::order);
                Map<String, Function<List<Row>, List<Row>>> sel = new LinkedHashMap<>();
                sel.put("today (drop)", RankFolds::today);
                sel.put("first 4, then model (pool)", d -> fill(today(d), d, likeliest));
                sel.put("first 4, then model (passing)", d -> fill(today(d), d.stream().filter(Row::passes).toList(), likeliest));
                sel.put("model order, today's count", d -> d.stream().filter(Row::passes).sorted(likeliest).limit(today(d).size()).toList());
                for (var e : sel.entrySet()) {
                    double[] t = new double[4];
                    for (String id : test) {
                        List<Row> s = e.getValue().apply(docs.get(id));
                        double pr = s.isEmpty() ? 0 : s.stream().filter(Row::y).count() / (double) s.size();
                        Set<String> found = new HashSet<>();
                        s.forEach(r -> found.addAll(r.match()));
                        int keys = docs.get(id).get(0).keys();
                        double rc = keys == 0 ? 0 : found.size() / (double) keys;
                        t[0] += pr; t[1] += rc; t[2] += pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0; t[3] += s.size();
                    }
                    for (int i = 0; i < 4; i++) t[i] /= test.size();
                    results.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(t);
                }
                System.err.print(".");
            }
        }
        System.err.println();
        List<double[]> base = results.get("today (drop)");
        for (var e : results.entrySet()) {
            double[] m = new double[4];
            StringBuilder dp = new StringBuilder(), df = new StringBuilder();
            double lo = 1, hi = -1, flo = 1;
            int gains = 0;
            for (int i = 0; i < e.getValue().size(); i++) {
                double[] t = e.getValue().get(i);
                for (int j = 0; j < 4; j++) m[j] += t[j] / e.getValue().size();
                double g = t[0] - base.get(i)[0], gf = t[2] - base.get(i)[2];
                dp.append(String.format(Locale.ROOT, " %+.4f", g));
                df.append(String.format(Locale.ROOT, " %+.4f", gf));
                lo = Math.min(lo, g); hi = Math.max(hi, g); flo = Math.min(flo, gf);
                if (g > 0) gains++;
            }
            double[] b = new double[4];
            for (double[] t : base) for (int j = 0; j < 4; j++) b[j] += t[j] / base.size();
            System.out.printf(Locale.ROOT, "%-32s P %.4f R %.4f F1 %.4f (%.2f terms)  dP %+.4f [%+.4f, %+.4f] folds gaining %d/20, dF1 %+.4f (lowest %+.4f)%n",
                    e.getKey(), m[0], m[1], m[2], m[3], m[0] - b[0], lo, hi, gains, m[2] - b[2], flo);
            System.out.println("  dP per fold:" + dp);
            System.out.println("  dF1 per fold:" + df);
        }
    }

    static List<Row> today(List<Row> d) {
        List<Row> best = d.stream().filter(Row::passes).limit(CAP + EXTRA).toList();
        for (int i = AFTER; i < best.size(); i++) {
            if (best.get(i - 1).score() - best.get(i).score() >= DROP - 1e-9) {
                List<Row> kept = new ArrayList<>(best.subList(0, i));
                for (Row r : best.subList(i, best.size())) if (r.twice()) kept.add(r);
                return kept;
            }
        }
        return best;
    }

    static List<Row> fill(List<Row> today, List<Row> pool, Comparator<Row> likeliest) {
        if (today.size() <= AFTER) return today;
        List<Row> kept = new ArrayList<>(today.subList(0, AFTER));
        for (Row r : pool.stream().sorted(likeliest).toList()) {
            if (kept.size() == today.size()) break;
            if (!kept.contains(r)) kept.add(r);
        }
        return kept;
    }
}
