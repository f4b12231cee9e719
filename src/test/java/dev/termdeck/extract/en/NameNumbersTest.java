package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A name written with its number ({@link NameNumbers}), on real sentences of the Inspec tune split: two capitalised
 * words or a coined word in mixed case take the version or year after them; an everyday word before a number does
 * not.
 */
class NameNumbersTest {
    private static OpenNlpTermExtractor extractor;
    /** The sentences by name ({@code name-numbers-sentences.tsv}: each from the Inspec tune document it names). */
    private static Map<String, String> sentences;

    @BeforeAll
    static void load() throws IOException {
        extractor = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled());
        sentences = new HashMap<>();
        try (InputStream in = NameNumbersTest.class.getResourceAsStream("name-numbers-sentences.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3) {
                    sentences.put(f[0], f[2]);
                }
            }
        }
    }

    @Test
    void twoCapitalisedWordsTakeTheirYear() {
        assertThat(texts(extract(s("PROJECT_TITLE"), s("PROJECT")))).contains("Microsoft Project 2002");
    }

    @Test
    void aCoinedNameTakesItsVersion() {
        assertThat(texts(extract(s("MONACO_TITLE"), s("MONACO")))).contains("MonacoProfiler 4")
                .doesNotContain("MonacoProfiler");
    }

    @Test
    void anEverydayWordBeforeANumberIsNoName() {
        assertThat(texts(extract(null, s("SECTION")))).doesNotContain("Section 508");
    }

    private static String s(String name) {
        return sentences.get(name);
    }

    private static List<String> texts(List<TermCandidate> cs) {
        return cs.stream().map(TermCandidate::text).toList();
    }

    private static List<TermCandidate> extract(String title, String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.EN, title, text));
    }
}
