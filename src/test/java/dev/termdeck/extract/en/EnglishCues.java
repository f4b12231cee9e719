package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the English definition cues find in a text, for the cue tests ({@link DefinitionCuesTest} and beside it). */
final class EnglishCues {
    private static final ThreadLocal<EnglishAnalyzer> ANALYZER = ThreadLocal.withInitial(
            () -> new EnglishAnalyzer(EnglishModels.fromClasspath()));

    private EnglishCues() {
    }

    /** The extractor with the bundled dictionary, loaded on first use and shared by the tests. */
    private static final class WithDictionary {
        static final OpenNlpTermExtractor EXTRACTOR = new OpenNlpTermExtractor(EnglishModels.fromClasspath(),
                EnglishLexicon.bundled(), new GlossaryReader(HanLpChinese.get()).builtIn());
    }

    /** The definition the English cues find for {@code term} in {@code text}. */
    static String definitionOf(String text, String term) {
        return definitionOf(text, term, false);
    }

    /** As {@link #definitionOf(String, String)}, {@code known} saying whether the dictionary defines the term. */
    static String definitionOf(String text, String term, boolean known) {
        List<Sentence> sentences = ANALYZER.get().analyze(text);
        List<Occurrence> occurrences = new ArrayList<>();
        Pattern p = Pattern.compile("(?<![\\w-])" + Pattern.quote(term) + "(?:s|es)?(?![\\w-])",
                Pattern.CASE_INSENSITIVE);
        for (int i = 0; i < sentences.size(); i++) {
            Matcher m = p.matcher(sentences.get(i).text());
            while (m.find()) {
                occurrences.add(new Occurrence(i, m.start(), m.end(), true));
            }
        }
        assertThat(occurrences).as("'%s' in the text", term).isNotEmpty();
        DefinitionFinder.Found f = new DefinitionFinder().find(sentences, occurrences, term, known);
        return f == null ? null : f.text();
    }

    /** The candidate {@code term} the extractor with the bundled dictionary makes of {@code text}. */
    static TermCandidate candidate(String text, String term) {
        List<TermCandidate> cs = WithDictionary.EXTRACTOR.extract(new Document("t#1", "t.txt", Lang.EN, null, text));
        return cs.stream().filter(c -> c.text().equalsIgnoreCase(term)).findFirst().orElseThrow(
                () -> new AssertionError(term + " not found in " + cs.stream().map(TermCandidate::text).toList()));
    }
}
