package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.deck.DefinitionSources;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.core.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    private static final String DROPOUT = "Deep neural nets with a large number of parameters are very powerful "
            + "machine learning systems. However, overfitting is a serious problem in such networks. Dropout is a "
            + "technique for addressing this problem. The key idea is to randomly drop units from the neural network "
            + "during training.";
    private static final String CGAN = "Generative adversarial networks are a promising tool for image generation. "
            + "Of particular interest are conditional generative adversarial networks (cGANs), which allow you to "
            + "divide images into several classes. We used a cGAN technique to generate images of Imaging "
            + "Atmospheric Cherenkov Telescopes (IACTs).";

    @TempDir
    Path work;

    private Path corpus;

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(work.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), DROPOUT);
        Files.writeString(corpus.resolve("b.txt"), CGAN);
        Files.setLastModifiedTime(corpus.resolve("a.txt"), FileTime.from(Instant.parse("2025-03-01T12:00:00.5Z")));
        Files.setLastModifiedTime(corpus.resolve("b.txt"), FileTime.from(Instant.parse("2025-04-01T08:30:00Z")));
    }

    @Test
    void maxFileMbSkipsALargerCorpusFileAsCorpusDoes() throws Exception {
        Files.writeString(corpus.resolve("large.txt"), (DROPOUT + "\n\n").repeat(1_500_000 / DROPOUT.length()));

        CliRunner.Result r = cli().run("build", "--lang", "en", "--max-file-mb", "1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("termdeck: " + corpus.resolve("large.txt") + ": skipped: 1.4 MB is over the 1 MB"
                + " limit for one corpus file");
        assertThat(r.out()).contains("from 2 documents");
        assertThat(cli().run("build", "--max-file-mb", "0").err())
                .isEqualTo("termdeck: --max-file-mb must be positive, was 0\n");
    }

    private CliRunner cli() {
        return new CliRunner(work.resolve("data"), work);
    }

    @Test
    void buildWritesTheDeckWithDefinitionsAbbreviationsAndSources() throws Exception {
        Files.writeString(work.resolve("class.tsv"), "conditional generative adversarial network\t条件生成对抗网络\tcGAN"
                + "\t\tA GAN whose generator and discriminator are both given a class label.\t生成器和判别器都以类别标签为条件的"
                + "生成对抗网络。\n");

        CliRunner.Result r = cli().run("build", "--lang", "en", "--glossary", "class.tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path file = work.resolve("decks/ml-abstracts.deck.json");
        assertThat(r.out()).startsWith("decks/ml-abstracts.deck.json: ").contains("from 2 documents");
        Deck deck = DeckJson.read(file);
        assertThat(deck.name()).isEqualTo("ml-abstracts");
        assertThat(deck.title().en()).isEqualTo("ML terms from paper abstracts");
        assertThat(deck.generated().at()).isEqualTo("2025-04-01T08:30:00Z");
        assertThat(deck.generated().corpus()).containsExactly("corpus/a.txt", "corpus/b.txt");
        Card cgan = deck.card("conditional-generative-adversarial-network").orElseThrow();
        assertThat(cgan.abbr()).isEqualTo("cGAN");
        // The abstract's relative clause is about this paper's use of a term the dictionary knows: the user's
        // glossary defines it.
        assertThat(cgan.definition()).isEqualTo(new Bilingual("A GAN whose generator and discriminator are both given"
                + " a class label.", "生成器和判别器都以类别标签为条件的生成对抗网络。"));
        assertThat(cgan.definitionSource()).isEqualTo(new DefinitionSources(DefinitionSource.GLOSSARY,
                DefinitionSource.GLOSSARY));
        assertThat(cgan.sources()).extracting(s -> s.doc()).containsExactly("b#1");
        // "a technique for addressing this problem" says nothing without the sentence before; "a promising tool"
        // praises: neither is the abstract's definition.
        assertThat(deck.cards()).allSatisfy(c -> assertThat(c.definition().en()).satisfiesAnyOf(
                d -> assertThat(d).isNull(), d -> assertThat(d).doesNotContain("this problem", "promising tool")));
        assertThat(deck.cards()).allSatisfy(c -> assertThat(c.term().en()).isNotBlank());
    }

    @Test
    void sameCorpusGivesAByteIdenticalDeckWhateverTheThreads() throws Exception {
        cli().run("build", "--lang", "en", "--out", "one", "--threads", "1");
        cli().run("build", "--lang", "en", "--out", "two", "--threads", "2");

        assertThat(Files.readString(work.resolve("two/ml-abstracts.deck.json")))
                .isEqualTo(Files.readString(work.resolve("one/ml-abstracts.deck.json")));
    }

    @Test
    void verboseSaysWhereTheTimeWentStageByStage() {
        CliRunner.Result quiet = cli().run("build", "--lang", "en", "--out", "quiet");
        CliRunner.Result r = cli().run("build", "--lang", "en", "--verbose");

        assertThat(r.exitCode()).isZero();
        assertThat(quiet.err()).doesNotContain("stage times");
        String line = r.err().lines().filter(l -> l.startsWith("termdeck: stage times: ")).findFirst().orElseThrow();
        for (dev.termdeck.extract.BuildStage s : dev.termdeck.extract.BuildStage.values()) {
            assertThat(line).containsPattern(java.util.regex.Pattern.quote(s.label()) + " \\d+\\.\\d\\d s");
        }
        assertThat(line).containsPattern("total \\d+\\.\\d\\d s$");
    }

    @Test
    void summarySaysWhatTheCardRuleLeftOutOfAPaperReadWithItsTranslation() throws Exception {
        Path pages = Files.createDirectories(work.resolve("pages"));
        try (var in = getClass().getResourceAsStream("/dev/termdeck/corpus/bilingual/dqn-digest-page.md")) {
            Files.copy(in, pages.resolve("dqn-digest-page.md"));
        }

        CliRunner.Result page = cli().run("build", "--corpus", "pages", "--out", "page");
        CliRunner.Result english = cli().run("build", "--lang", "en", "--out", "english");

        assertThat(page.exitCode()).as(page.err()).isZero();
        assertThat(page.out()).containsPattern("page/ml-abstracts.deck.json: \\d+ cards? from 2 documents; \\d+ "
                + "candidates? left out by the card rule \\(no definition and no evidence; see docs/extraction.md\\)")
                .doesNotContain("left with no card");
        // Two English abstracts without a translation: nothing to ask the translation, nothing left out.
        assertThat(english.out()).doesNotContain("card rule");
    }

    @Test
    void sourceDateEpochSetsTheTime() throws Exception {
        CliRunner.Result r = cli().env("SOURCE_DATE_EPOCH", "1700000000").run("build", "--lang", "en");

        assertThat(r.exitCode()).isZero();
        assertThat(DeckJson.read(work.resolve("decks/ml-abstracts.deck.json")).generated().at())
                .isEqualTo("2023-11-14T22:13:20Z");
    }

    @Test
    void rebuildKeepsEditsAndMarksCardsNoLongerFound() throws Exception {
        cli().run("build", "--lang", "en");
        Path file = work.resolve("decks/ml-abstracts.deck.json");
        Deck first = DeckJson.read(file);
        Card fromA = first.cards().stream().filter(c -> c.sources().get(0).doc().equals("a#1")).findFirst()
                .orElseThrow();
        Card edited = fromA.toBuilder().definition(Lang.EN, "My definition.")
                .edited(true).editedFields(List.of("definition.en")).build();
        DeckJson.write(file, first.withCard(edited));
        Files.delete(corpus.resolve("b.txt"));

        CliRunner.Result r = cli().run("build", "--lang", "en");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Deck second = DeckJson.read(file);
        assertThat(second.card(fromA.id()).orElseThrow().definition().en()).isEqualTo("My definition.");
        assertThat(second.card(fromA.id()).orElseThrow().definitionSource().en()).isEqualTo(DefinitionSource.USER);
        assertThat(second.card("conditional-generative-adversarial-network").orElseThrow().stale()).isTrue();
        assertThat(r.out()).containsPattern("\\d+ added, \\d+ updated, \\d+ unchanged, [1-9]\\d* kept");
    }

    @Test
    void unchangedRebuildLeavesTheFileByteIdentical() throws Exception {
        cli().run("build", "--lang", "en");
        Path file = work.resolve("decks/ml-abstracts.deck.json");
        String before = Files.readString(file);
        Files.setLastModifiedTime(corpus.resolve("a.txt"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        CliRunner.Result r = cli().run("build", "--lang", "en");

        assertThat(r.out()).contains("0 added, 0 updated");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void teacherOptionsShapeTheDeck() throws Exception {
        CliRunner.Result r = cli().run("build", "--lang", "en", "--deck", "week1", "--tag", "week1", "--tag",
                "gan", "--title", "Week 1 vocabulary", "--max-cards", "3", "--per-doc", "4", "--min-score", "0.2");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Deck deck = DeckJson.read(work.resolve("decks/week1.deck.json"));
        assertThat(deck.title().en()).isEqualTo("Week 1 vocabulary");
        assertThat(deck.cards()).hasSize(3).allSatisfy(c -> assertThat(c.tags()).containsExactly("week1", "gan"));
    }

    @Test
    void chineseTitleSetsTheChineseSide() throws Exception {
        cli().run("build", "--lang", "en", "--title", "第一周词汇");

        assertThat(DeckJson.read(work.resolve("decks/ml-abstracts.deck.json")).title().zh()).isEqualTo("第一周词汇");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(cli().run("build", "--per-doc", "0").exitCode()).isEqualTo(2);
        assertThat(cli().run("build", "--min-score", "1.5").err()).contains("--min-score");
        assertThat(cli().run("build", "--max-cards", "-1").exitCode()).isEqualTo(2);
        assertThat(cli().run("build", "--lang", "fr").exitCode()).isEqualTo(2);
        assertThat(cli().run("build", "--deck", "../evil").exitCode()).isEqualTo(2);
    }

    @Test
    void corpusWithoutDocumentsOfTheLanguageIsAnError() throws Exception {
        Files.writeString(corpus.resolve("c.txt"), "联邦学习是一种保护隐私的机器学习方法。");
        Path zhOnly = Files.createDirectories(work.resolve("zh"));
        Files.move(corpus.resolve("c.txt"), zhOnly.resolve("c.txt"));

        CliRunner.Result r = cli().run("build", "--lang", "en", "--corpus", zhOnly.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("termdeck: ").contains("no English documents");
    }

    @Test
    void brokenExistingDeckIsReportedNotOverwritten() throws Exception {
        Path file = Files.createDirectories(work.resolve("decks")).resolve("ml-abstracts.deck.json");
        Files.writeString(file, "{ not json");

        CliRunner.Result r = cli().run("build", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("ml-abstracts.deck.json:1");
        assertThat(Files.readString(file)).isEqualTo("{ not json");
    }
}
