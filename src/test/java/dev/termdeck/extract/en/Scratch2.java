package dev.termdeck.extract.en;

import java.util.Set;

public class Scratch2 {
    public static void main(String[] a) {
        EnglishAnalyzer an = new EnglishAnalyzer(EnglishModels.fromClasspath());
        NounPhrases np = new NounPhrases(EnglishLexicon.bundled());
        for (Sentence s : an.analyze(a[0])) {
            for (Phrase p : np.find(s, Set.of())) System.out.println(p.kind() + " " + s.span(p.from(), p.to()));
        }
    }
}
