package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A name written with its number ({@link NameNumbers}), on real sentences of the Inspec tune split: two capitalised
 * words or a coined word in mixed case take the version or year after them; an everyday word before a number does
 * not.
 */
class NameNumbersTest {
    /** The sentences by name ({@code name-numbers-sentences.tsv}: each from the Inspec tune document it names). */
    private static TaggedSentences sentences;

    @BeforeAll
    static void load() {
        sentences = TaggedSentences.load(NameNumbersTest.class, "name-numbers-sentences.tsv");
    }

    @Test
    void twoCapitalisedWordsTakeTheirYear() {
        assertThat(sentences.terms(s("PROJECT_TITLE"), s("PROJECT"))).contains("Microsoft Project 2002");
    }

    @Test
    void aCoinedNameTakesItsVersion() {
        assertThat(sentences.terms(s("MONACO_TITLE"), s("MONACO"))).contains("MonacoProfiler 4")
                .doesNotContain("MonacoProfiler");
    }

    @Test
    void anEverydayWordBeforeANumberIsNoName() {
        assertThat(sentences.terms(null, s("SECTION"))).doesNotContain("Section 508");
    }

    private static String s(String name) {
        return sentences.get(name);
    }
}
