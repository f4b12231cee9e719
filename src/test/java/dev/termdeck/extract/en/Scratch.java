package dev.termdeck.extract.en;

import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.corpus.Lang;
import dev.termdeck.extract.TermCandidate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Scratch {
    public static void main(String[] args) {
        OpenNlpTermExtractor x = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
        for (Document d : new CorpusReader().read(Path.of(args[0])).documents()) {
            if (d.lang() != Lang.EN || args.length > 1 && !d.id().endsWith(args[1])) continue;
            System.out.println("== " + d.id());
            List<TermCandidate> cs = new ArrayList<>(x.extract(d));
            cs.sort(Comparator.comparingDouble(TermCandidate::termhood).reversed());
            for (TermCandidate c : cs) {
                System.out.printf("  %.2f %s%s f=%d %s%n", c.termhood(), c.text(), c.abbr() == null ? "" : " (" + c.abbr() + ")", c.frequency(),
                        c.definition() == null ? "" : "\n        DEF: " + c.definition());
            }
        }
    }
}
