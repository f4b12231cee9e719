package dev.termdeck.extract;

import dev.termdeck.corpus.Document;
import dev.termdeck.eval.KeyphraseMatcher;
import dev.termdeck.eval.KeyphraseSet;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import dev.termdeck.extract.rank.RankFeatures;
import dev.termdeck.extract.zh.HanLpChinese;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * The learned ranker's training data (data/rank/README.md): every candidate of each document of a keyphrase folder
 * that selection can keep (kept, past the cap or under the cut-off; not generic, not a phrase inside a better one),
 * as the keyphrase line's {@link CandidateScores} leaves it, labelled 1 when it, one of its variants or its short form
 * is one of the document's keyphrases under the benchmark's rule, with its {@link RankFeatures}. One row a candidate,
 * a document's candidates best first by the hand score. Compiled against target/classes; not part of the build:
 *   CP="target/classes:$(ls target/lib/*.jar | tr '\n' ':')"
 *   javac -d /tmp/NAME-rank -cp "$CP" tools/inspec-dump/RankData.java
 *   java -cp "/tmp/NAME-rank:$CP" dev.termdeck.extract.RankData ../shared/eval/inspec-dev \
 *       docs/quality/split/inspec-tune.txt data/rank/inspec-tune-candidates.tsv
 * Never on the held-out ids.
 */
public final class RankData {
    public static void main(String[] a) throws Exception {
        KeyphraseSet set = KeyphraseSet.read(Path.of(a[0]), Path.of(a[1]));
        Glossary g = new GlossaryReader(HanLpChinese.get()).builtIn();
        OpenNlpTermExtractor x = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled(), g);
        List<List<TermCandidate>> ex = new ArrayList<>();
        for (Document d : set.documents()) ex.add(x.extract(d));
        Map<String, Integer> df = CandidateScores.documentFrequencies(ex);
        CandidateScores scores = new CandidateScores(Selection.KEYPHRASES, GenericPhrases.bundled());
        StringBuilder out = new StringBuilder("doc\tlabel\tmatch\tkeys\tpasses\t" + String.join("\t", RankFeatures.NAMES) + "\n");
        for (int i = 0; i < ex.size(); i++) {
            Document d = set.documents().get(i);
            Set<String> keys = new TreeSet<>();
            for (String k : set.keys().get(i)) if (!KeyphraseMatcher.key(k).isEmpty()) keys.add(KeyphraseMatcher.key(k));
            CandidateScores.Pool pool = scores.pool(d, ex.get(i), df);
            List<ScoredCandidate> all = new ArrayList<>(pool.passing());
            all.addAll(pool.under());
            List<RankFeatures.Candidate> view = new ArrayList<>();
            for (ScoredCandidate s : all) view.add(ModelFill.view(s, CandidateScores.frequency(df, s.candidate())));
            float[][] f = RankFeatures.of(d, view);
            for (int j = 0; j < all.size(); j++) {
                TermCandidate c = all.get(j).candidate();
                List<String> forms = new ArrayList<>(List.of(c.text()));
                forms.addAll(c.variants());
                if (c.abbr() != null) forms.add(c.abbr());
                Set<String> match = new TreeSet<>();
                for (String form : forms) if (keys.contains(KeyphraseMatcher.key(form))) match.add(KeyphraseMatcher.key(form));
                out.append(d.id()).append('\t').append(match.isEmpty() ? 0 : 1).append('\t')
                        .append(match.isEmpty() ? "-" : String.join("|", match)).append('\t').append(keys.size())
                        .append('\t').append(j < pool.passing().size() ? 1 : 0);
                for (float v : f[j]) out.append('\t').append(format(v));
                out.append('\n');
            }
        }
        Files.writeString(Path.of(a[2]), out, StandardCharsets.UTF_8);
    }

    /** A feature value in at most 4 decimals, without trailing zeros: the file the model is trained on. */
    private static String format(float v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
