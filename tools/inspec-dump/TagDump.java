package dev.termdeck.extract.en;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.corpus.Document;
import dev.termdeck.eval.KeyphraseSet;
import java.io.PrintWriter;
import java.nio.file.*;
import java.util.*;

/**
 * Every tune document of a keyphrase folder as the English analyzer tags it (the same title head, blanking and
 * sentence breaks as OpenNlpTermExtractor): one JSON line a document, {"id", "titleLen", "sents": [[[token, UPOS],
 * ...], ...]}, for measuring the words and tags around the kept terms (docs/QUALITY.md, Precision, twelfth session).
 * Compiled against target/classes as CandidateDump is (see simulate.py); not part of the build. Never on the
 * held-out ids.
 */
public final class TagDump {
    public static void main(String[] a) throws Exception {
        KeyphraseSet set = KeyphraseSet.read(Path.of(a[0]), Path.of(a[1]));
        EnglishAnalyzer an = new EnglishAnalyzer(EnglishModels.fromClasspath());
        AbbreviationFinder af = new AbbreviationFinder();
        ObjectMapper om = new ObjectMapper();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(a[2])))) {
            for (Document d : set.documents()) {
                String head = Titles.head(d.title(), d.text());
                String text = LongTokens.blanked(head + d.text());
                List<Abbreviation> abbrs = af.find(text);
                List<Sentence> ss = an.analyze(text, Spans.dashBreaks(text, abbrs));
                List<List<List<Object>>> sl = new ArrayList<>();
                for (Sentence s : ss) {
                    List<List<Object>> tl = new ArrayList<>();
                    for (Token t : s.tokens()) tl.add(List.of(t.text(), t.tag()));
                    sl.add(tl);
                }
                Map<String,Object> m = new LinkedHashMap<>();
                m.put("id", d.id()); m.put("titleLen", head.length()); m.put("sents", sl);
                out.println(om.writeValueAsString(m));
            }
        }
    }
}
