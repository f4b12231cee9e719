package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Paper;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.Selection;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.zh.HanLpChinese;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decks built from real arXiv digest pages, as a user drops them in {@code corpus/}, and from the same abstracts as
 * JSONL lines with {@code translations}: one card per concept, in both languages, whichever way the papers come.
 */
class BilingualDeckTest {
    private static final HanLpChinese ZH = BilingualFixture.ZH;
    private static final Glossary GLOSSARY = BilingualFixture.GLOSSARY;
    private static final String[] PAGES = {"231200651v2", "250503418v1", "250600152v1", "250610443v1"};

    @TempDir
    static Path work;

    private static Corpus pagesCorpus;
    private static Deck fromPages;
    private static Deck fromJsonl;

    @BeforeAll
    static void build() throws IOException {
        Path pages = Files.createDirectories(work.resolve("pages"));
        for (String p : PAGES) {
            copy("digest-pages/" + p + ".md", pages.resolve(p + ".md"));
        }
        copy("dqn-digest-page.md", pages.resolve("dqn.md"));
        Path jsonl = Files.createDirectories(work.resolve("jsonl"));
        copy("digest-abstracts.jsonl", jsonl.resolve("digest.jsonl"));
        copy("dqn-digest-page.md", jsonl.resolve("dqn.md"));
        pagesCorpus = new CorpusReader().read(pages);
        fromPages = assemble(pagesCorpus);
        fromJsonl = assemble(new CorpusReader().read(jsonl));
    }

    @Test
    void nearlyEveryCardHasBothLanguagesAndNoChineseSideIsACopyOfEnglishWords() {
        for (Deck deck : List.of(fromPages, fromJsonl)) {
            long both = deck.cards().stream().filter(c -> c.term().has(Lang.EN) && c.term().has(Lang.ZH)).count();
            assertThat(both).as("cards with both languages").isGreaterThanOrEqualTo(deck.cards().size() * 9L / 10);
            assertThat(deck.cards()).noneMatch(c -> c.term().has(Lang.ZH) && c.term().zh().contains(" ")
                    && c.term().zh().codePoints().noneMatch(HanLpChinese::isHan));
        }
    }

    @Test
    void pagesAndJsonlLinesWithTranslationsGiveTheSameCards() {
        assertThat(terms(fromJsonl)).isEqualTo(terms(fromPages)).isNotEmpty();
    }

    @Test
    void aPaperAndItsTranslationGiveOneCapOfCardsNotTwo() {
        for (Paper p : pagesCorpus.papers()) {
            Set<String> versions = p.versions().stream().map(d -> d.id()).collect(Collectors.toSet());
            long cards = fromPages.cards().stream()
                    .filter(c -> c.sources().stream().map(Source::doc).anyMatch(versions::contains)).count();
            assertThat(cards).as(p.id()).isLessThanOrEqualTo(Selection.DEFAULT_PER_DOCUMENT);
        }
    }

    @Test
    void aCardOfATranslatedPaperHasBothVersionsAsSources() {
        Card dqn = fromPages.cards().stream().filter(c -> "DQN".equals(c.abbr())).findFirst().orElseThrow();
        assertThat(dqn.term().zh()).isEqualTo("深度Q网络");
        assertThat(dqn.sources()).extracting(Source::doc).contains("dqn#1", "dqn#1@zh");
    }

    @Test
    void theStandardTermLeadsAndTheTranslationsRenderingIsKeptAsTheCorpusRendering() {
        Card cot = fromPages.cards().stream().filter(c -> "CoT".equals(c.abbr())).findFirst().orElseThrow();
        assertThat(cot.term().zh()).isEqualTo("思维链");
        assertThat(cot.corpusRenderings()).containsExactly("链式思维");
    }

    @Test
    void aDefinitionFoundOnOneSideHasTheAlignedSentenceAsItsTranslation() {
        Card track = fromPages.cards().stream().filter(c -> "TrackDiffusion".equals(c.term().en())).findFirst()
                .orElseThrow();
        assertThat(track.term().zh()).isEqualTo("TrackDiffusion");
        assertThat(track.definition().en()).contains("video generation framework");
        assertThat(track.definition().zh()).contains("视频生成框架");
    }

    private static Set<String> terms(Deck deck) {
        return deck.cards().stream().map(c -> c.term().en() + "|" + c.term().zh()).collect(Collectors.toSet());
    }

    private static Deck assemble(Corpus corpus) {
        return BilingualFixture.assemble(corpus.documents());
    }

    private static void copy(String resource, Path to) throws IOException {
        BilingualFixture.copy(resource, to);
    }
}
