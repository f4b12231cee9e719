package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese counterpart of an English term renders every word of it, with word translations learned from real
 * digest pages of the tune split (arXiv 2512.16911, 2512.00396, 2505.02308) and the glossary: a rare word derived
 * from a frequent one shares its translation, a one-character word or a word another word of the term owns renders
 * no rare word beside it, a split word is no edge, and a rare word the glossary translates is no unknown word.
 */
class EveryWordRenderedTest {
    private static final String[] PAGES = {"251216911v1", "251200396v2", "250502308v2"};

    @TempDir
    static Path work;

    private static List<Document> docs;
    private static List<List<TermCandidate>> aligned;

    @BeforeAll
    static void align() throws IOException {
        for (String p : PAGES) {
            BilingualFixture.copy("digest-pages/" + p + ".md", work.resolve(p + ".md"));
        }
        docs = new CorpusReader().read(work).documents();
        aligned = BilingualFixture.align(docs);
    }

    @Test
    void aRareWordDerivedFromAFrequentOneSharesItsTranslationAndASplitWordStartsTheTerm() {
        // 因此，提出后验行为克隆(PostBC)策略: "behavioral" is rare, "behavior" is not; 后验 is read 后/验.
        assertThat(chinese("251216911v1", "posterior behavioral cloning")).isEqualTo("后验行为克隆");
    }

    @Test
    void aOneCharacterWordRendersOnlyTheWordItRenders() {
        // 进行帕金森病(PD)步态检测: 病 is "disease"; "Parkinson's" is rare and takes 帕金森.
        assertThat(chinese("251200396v2", "Parkinson's disease")).isEqualTo("帕金森病");
    }

    @Test
    void aRareWordIsNotRenderedByTheWordOfAnotherWordOfTheTerm() {
        // 使用三轴加速度的短时窗: 加速度 is "acceleration"; "triaxial" is rare and takes 三轴 (三/轴).
        String zh = chinese("251200396v2", "triaxial acceleration");
        assertThat(zh).isIn("三轴加速度", null);
        assertThat(zh).isNotEqualTo("加速度");
    }

    @Test
    void aRareWordTheGlossaryTranslatesTakesNoWordBesideTheRun() {
        // 以高效进行大规模动态系统的稳定性和分岔分析: "spatiotemporal" (时空) is not 大规模 ("large-scale").
        candidate("250502308v2", "spatiotemporal dynamics").ifPresent(c ->
                assertThat(c.counterpart().text()).isNotEqualTo("大规模动态"));
    }

    private static String chinese(String page, String term) {
        Counterpart c = candidate(page, term).orElseThrow(() -> new AssertionError(term + " is no candidate of "
                + page)).counterpart();
        return c.text();
    }

    private static java.util.Optional<TermCandidate> candidate(String page, String term) {
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).id().startsWith(page) && !docs.get(i).id().contains("@zh")) {
                return aligned.get(i).stream().filter(c -> c.text().equals(term)).findFirst();
            }
        }
        throw new AssertionError("no English document of " + page + " among "
                + docs.stream().map(Document::id).toList());
    }
}
