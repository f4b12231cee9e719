package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link SpelledOut#longForms} runs its pattern only around the brackets the short form follows; it must find what a
 * scan of the whole text finds, in the same order, in both its readings (the short form alone in its brackets or not).
 */
class SpelledOutWindowTest {

    /** The whole-text scan the windowed search replaces. */
    private static List<String> wholeScan(String sf, String text) {
        return wholeScan(Pattern.compile("([\\p{L}\\d][\\p{L}\\d\\s'-]{2,80}?)\\s*[(（]\\s*" + Pattern.quote(sf)
                + "s?\\s*[)）,;，]"), text);
    }

    /** The whole-text scan of a short form alone in its brackets (ComposedDefinitions' reading before). */
    private static List<String> wholeScanAlone(String sf, String text) {
        return wholeScan(Pattern.compile("([\\p{L}\\d][\\p{L}\\d\\s-]{2,80}?)\\s*[(（]\\s*" + Pattern.quote(sf)
                + "s?\\s*[)）]"), text);
    }

    /** Whether both readings find what the whole-text scans find. */
    private static void agrees(String sf, String text) {
        assertThat(SpelledOut.longForms(sf, text, false)).as(sf + " in " + text).isEqualTo(wholeScan(sf, text));
        assertThat(SpelledOut.longForms(sf, text, true)).as(sf + " alone in " + text).isEqualTo(wholeScanAlone(sf, text));
    }

    private static List<String> wholeScan(Pattern p, String text) {
        Matcher m = p.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    @Test
    void findsTheLongFormsOfRealSentences() {
        String text = "We study large language models (LMs) and retrieval-augmented LMs. The number of topics in LDA "
                + "models is chosen by Latent Dirichlet Allocation (LDA), while MultiPoint Proximity (MPP) and 多点邻近（MPP）"
                + " differ; LM is used again (LM, see above) and ( LM ) here.";
        for (String sf : List.of("LM", "LDA", "MPP", "X")) {
            agrees(sf, text);
        }
        assertThat(SpelledOut.longForms("LM", text, false)).startsWith("We study large language models");
        assertThat(SpelledOut.longForms("LDA", text, false)).containsExactly(
                "The number of topics in LDA models is chosen by Latent Dirichlet Allocation");
    }

    @Test
    void agreesWithTheWholeScanAtTheEdges() {
        String longForm = "a".repeat(120);
        List<String> texts = List.of(
                longForm + " (AB)", longForm + "          \n   (AB)", "x (AB)", "ab(AB)", "word\t\t(ABs)",
                "first (AB) second (AB) third(AB)", "(AB) at the start, then later form (AB", "form (AB and (AB)",
                "nested (form (AB))", "two words  ( AB s)", "two words (ABC) and three words (AB)",
                "a-b c'd (AB,", "number 3 (AB；", "ending with AB", "", "AB AB AB (AB) (AB)", "it's a form (AB)",
                "one form (AB, CD) and two (AB)");
        for (String t : texts) {
            for (String sf : List.of("AB", "ABC", "B")) {
                agrees(sf, t);
            }
        }
    }

    @Test
    void agreesWithTheWholeScanOnTheBilingualTestPages() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String resource : List.of("dqn-digest-page.md", "digest-abstracts.jsonl", "short-forms.jsonl",
                "short-form-pairs.jsonl")) {
            try (InputStream in = getClass().getResourceAsStream("/dev/termdeck/corpus/bilingual/" + resource)) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        String text = all.toString();
        Matcher sfs = Pattern.compile("[(（]\\s*([A-Z][A-Za-z0-9-]{1,9})").matcher(text);
        int checked = 0;
        while (sfs.find()) {
            String sf = sfs.group(1);
            agrees(sf, text);
            checked++;
        }
        assertThat(checked).as("short forms checked").isGreaterThan(10);
    }
}
