package dev.termdeck.extract.en;

import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.corpus.Lang;
import java.nio.file.Path;

public class Scratch {
    public static void main(String[] args) {
        EnglishAnalyzer a = new EnglishAnalyzer(EnglishModels.fromClasspath());
        for (Document d : new CorpusReader().read(Path.of(args[0])).documents()) {
            if (d.lang() != Lang.EN) continue;
            System.out.println("== " + d.id());
            for (Sentence s : a.analyze(d.text())) {
                StringBuilder sb = new StringBuilder();
                for (Token t : s.tokens()) sb.append(t.text()).append('/').append(t.tag()).append(' ');
                System.out.println(sb);
            }
        }
    }
}
