package dev.termdeck.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.corpus.Document;
import dev.termdeck.eval.KeyphraseSet;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import dev.termdeck.extract.zh.HanLpChinese;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Every English candidate of each document of a keyphrase folder, with its score and where selection leaves it
 * (generic, cut, inner, enclosed, keptN, capN), and the document's keys: one JSON line a document. Compiled against
 * target/classes (see simulate.py); not part of the build.
 */
public final class CandidateDump {
    public static void main(String[] a) throws Exception {
        KeyphraseSet set = KeyphraseSet.read(Path.of(a[0]), Path.of(a[1]));
        Glossary g = new GlossaryReader(HanLpChinese.get()).builtIn();
        OpenNlpTermExtractor x = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled(), g);
        List<List<TermCandidate>> ex = new ArrayList<>();
        for (Document d : set.documents()) ex.add(x.extract(d));
        Map<String, Integer> df = new HashMap<>();
        for (List<TermCandidate> l : ex) l.stream().map(c -> c.key()).distinct().forEach(k -> df.merge(k, 1, Integer::sum));
        TermRanker r = new TermRanker();
        GenericPhrases gen = GenericPhrases.bundled();
        Selection sel = Selection.DEFAULT;
        ObjectMapper om = new ObjectMapper();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(a[2])))) {
            for (int i = 0; i < ex.size(); i++) {
                Document d = set.documents().get(i);
                List<Map<String, Object>> cs = new ArrayList<>();
                List<ScoredCandidate> all = new ArrayList<>();
                double best = 0;
                Map<TermCandidate, String> stage = new IdentityHashMap<>();
                Map<TermCandidate, Double> score = new IdentityHashMap<>();
                for (TermCandidate c : ex.get(i)) {
                    double s = r.score(c, df.get(c.key()));
                    score.put(c, s);
                    if (gen.isGeneric(c)) { stage.put(c, "generic"); continue; }
                    all.add(new ScoredCandidate(c, s));
                    best = Math.max(best, s);
                }
                List<ScoredCandidate> sc = new ArrayList<>();
                for (ScoredCandidate c : all) {
                    if (sel.keeps(c.score(), best)) sc.add(c); else stage.put(c.candidate(), "cut");
                }
                sc.sort(ScoredCandidate.BEST_FIRST);
                List<ScoredCandidate> in = InnerPhrases.drop(sc);
                for (ScoredCandidate c : sc) if (!in.contains(c)) stage.put(c.candidate(), "inner");
                List<ScoredCandidate> en = EnclosedPieces.drop(in, d);
                for (ScoredCandidate c : in) if (!en.contains(c)) stage.put(c.candidate(), "enclosed");
                for (int k = 0; k < en.size(); k++) stage.put(en.get(k).candidate(), k < 8 ? "kept" + k : "cap" + k);
                for (TermCandidate c : ex.get(i)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", c.text()); m.put("key", c.key()); m.put("variants", c.variants());
                    m.put("abbr", c.abbr()); m.put("def", c.definition() != null);
                    m.put("freq", c.frequency()); m.put("th", c.termhood()); m.put("df", df.get(c.key()));
                    m.put("score", score.get(c)); m.put("start", c.start()); m.put("stage", stage.get(c));
                    cs.add(m);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", d.id()); row.put("title", d.title()); row.put("text", d.text());
                row.put("keys", set.keys().get(i)); row.put("cands", cs);
                out.println(om.writeValueAsString(row));
            }
        }
    }
}
