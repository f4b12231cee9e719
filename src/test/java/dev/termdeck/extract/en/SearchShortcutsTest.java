package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Searches made cheaper by looking only where a match can be (speed only): they find exactly what the search over
 * the whole text finds. Real sentences of the arXiv tune pages, the Inspec tune half and the shipped corpus.
 */
class SearchShortcutsTest {
    private static final List<String> SENTENCES = List.of(
            // arXiv tune page 2506.10574 (its title), Inspec tune 199 and 1195: the single-dash pattern matches.
            "DanceChat: Large Language Model-Guided Music-to-Dance Generation",
            "Fitzhugh-Nagumo model and an action-recovery model for synaptic",
            "Crank-Nicolson scheme for the one-dimensional heat equation",
            "we propose VCNet-Variational Counter Net-a model architecture that combines",
            // Hyphens before capitals with no match, and matches one after the other.
            "On TF-CoVR, TF-CoVR-Base improves zero-shot mAP@50 from 5.92 (Language-only) to 7.51.",
            "A-B-C-d, AB-Cd-e and XY-Long Form-a then UV-Other Name-b.",
            "Vision-Language Models (VLMs) and Retrieval-Augmented Generation (RAG) are-",
            "");

    @Test
    void theSingleDashSearchFindsWhatTheWholeTextSearchFinds() throws Exception {
        List<String> texts = new ArrayList<>(SENTENCES);
        for (Document d : new CorpusReader().read(Path.of("corpus")).documents()) {
            if (d.lang() == Lang.EN) {
                texts.add(d.text());
            }
        }
        Field f = AbbreviationFinder.class.getDeclaredField("SINGLE_DASH");
        f.setAccessible(true);
        Pattern singleDash = (Pattern) f.get(null);
        int matches = 0;
        for (String text : texts) {
            List<String> whole = new ArrayList<>();
            Matcher m = singleDash.matcher(text);
            while (m.find()) {
                whole.add(describe(m));
            }
            matches += whole.size();
            assertThat(AbbreviationFinder.singleDashed(text).stream().map(SearchShortcutsTest::describe))
                    .as(text).containsExactlyElementsOf(whole);
        }
        assertThat(matches).isGreaterThanOrEqualTo(5);
        assertThat(AbbreviationFinder.singleDashed(SENTENCES.get(1)).get(0).group(1)).isEqualTo("Fitzhugh");
    }

    @Test
    void theEtAlCheckLetThroughEveryCitation() {
        Pattern etAl = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+et\\s+al\\b");
        for (String text : List.of("As shown by Zhao et al. (2023), the", "Brown et\tal, and", "Li  et \n al.")) {
            assertThat(etAl.matcher(text).find()).isTrue();
            assertThat(Citations.hasEtAl(text)).as(text).isTrue();
            assertThat(Citations.authors(text)).isNotEmpty();
        }
        // "set ", "net " and "et" with no "al" after it: no search.
        assertThat(Citations.hasEtAl("We set a new state of the art on the ImageNet benchmark.")).isFalse();
        assertThat(Citations.hasEtAl("et al")).isFalse();
        assertThat(Citations.hasEtAl("Zhao et alia")).isTrue();
    }

    @Test
    void theSplitMemoFindsEachWordByItsCharacters() {
        SplitMemo memo = new SplitMemo();
        String sentence = "Aa BB model model. (LLMs)";
        int[] one = {0, 1};
        assertThat(memo.get(sentence, 0, 2)).isNull();
        memo.put(sentence, 0, 2, one);
        // "Aa" and "BB" have the same String hash.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(memo.get(sentence, 3, 5)).isNull();
        assertThat(memo.get("xAa", 1, 3)).isSameAs(one);
        int[] two = {0, 5, 5, 6};
        memo.put(sentence, 12, 18, two);
        assertThat(memo.get(sentence, 6, 11)).isNull();
        assertThat(memo.get(sentence, 12, 18)).isSameAs(two);
        // Past its first capacity: every word is still found.
        for (int i = 0; i < 5000; i++) {
            String w = "w" + i;
            memo.put(w, 0, w.length(), new int[] {i});
        }
        assertThat(memo.size()).isEqualTo(5002);
        assertThat(memo.get("w4321", 0, 5)).containsExactly(4321);
        assertThat(memo.get(sentence, 0, 2)).isSameAs(one);
        memo.clear();
        assertThat(memo.size()).isZero();
        assertThat(memo.get("w4321", 0, 5)).isNull();
    }

    private static String describe(MatchResult m) {
        return m.start() + "-" + m.end() + " " + m.group(1) + "|" + m.group(2);
    }
}
