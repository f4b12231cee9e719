package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Generated;
import dev.termdeck.extract.DeckAssembler;
import dev.termdeck.extract.DeckSpec;
import dev.termdeck.extract.DefinitionDictionary;
import dev.termdeck.extract.GenericPhrases;
import dev.termdeck.extract.ProgressListener;
import dev.termdeck.extract.Selection;
import dev.termdeck.extract.bilingual.BilingualLinker;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.HanLpTermExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese side of a card covers the whole English term, on real digest pages of the tune split (arXiv
 * 2511.13102, 2512.16911, 2509.04973, 2510.27222): no modifier dropped by a shorter concept joined to the card, no word of the
 * sentence glued on, no Latin word of the term standing for all of it, no piece of a term as an alias.
 */
class ChineseSideScopeTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private static final String[] PAGES = {"251113102v2", "251216911v1", "250904973v1", "251027222v1"};

    @TempDir
    static Path work;

    private static Deck deck;

    @BeforeAll
    static void build() throws IOException {
        for (String p : PAGES) {
            try (InputStream in = ChineseSideScopeTest.class.getResourceAsStream(
                    "/dev/termdeck/corpus/bilingual/digest-pages/" + p + ".md")) {
                Files.copy(in, work.resolve(p + ".md"));
            }
        }
        DeckAssembler assembler = new DeckAssembler(List.of(
                new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled(), GLOSSARY),
                new HanLpTermExtractor(ZH, GLOSSARY)), new PaperAligner(GLOSSARY, ZH),
                new BilingualLinker(GLOSSARY, ZH, EnglishLexicon.bundled()::isGeneral), Selection.DEFAULT,
                GenericPhrases.bundled(), 2, DefinitionDictionary.NONE);
        DeckSpec spec = new DeckSpec("t", Bilingual.of(Lang.EN, "T"), List.of(),
                new Generated("termdeck test", "2026-01-01T00:00:00Z", List.of()));
        deck = assembler.assemble(new CorpusReader().read(work).documents(), spec, ProgressListener.NONE);
    }

    @Test
    void aShorterConceptJoinedByTheShortFormGivesTheCardNoGlossaryChinese() {
        // "Category-Agnostic Pose Estimation (CAPE)" / 类别无关的姿态估计(CAPE); the Chinese extractor's 姿态估计（CAPE）
        // is the glossary's "pose estimation".
        Card cape = card("Category-Agnostic Pose Estimation").orElseThrow();
        assertThat(cape.term().zh()).isEqualTo("类别无关的姿态估计");
    }

    @Test
    void aLatinWordOfTheTermIsNoChineseSideOfAllOfIt() {
        // "RL finetuning" / 强化学习(RL)微调: RL alone is no rendering of it.
        card("RL finetuning").ifPresent(c -> assertThat(c.term().zh()).isNotEqualTo("RL"));
    }

    @Test
    void aFunctionWordBeforeTheTermIsNoPartOfIt() {
        // SASE模块通过多层图卷积和结构位置嵌入来建模节点状态: not 过多层图卷积.
        assertThat(deck.cards()).noneMatch(c -> c.term().has(Lang.ZH) && c.term().zh().startsWith("过"));
        card("multi-layer graph convolution").ifPresent(c -> assertThat(c.term().zh()).isEqualTo("多层图卷积"));
    }

    @Test
    void anAliasWithWordsOfTheTermLeftOutIsNoAlias() {
        // 然而，这种设计忽略了不变学习和等变学习之间共享的……: 变学习 (cut from 等变学习) is no alias of 等变表示学习.
        Card card = card("equivariant representation learning").orElseThrow();
        assertThat(card.aliases().zh()).doesNotContain("变学习");
        assertThat(deck.cards()).allMatch(c -> !c.term().has(Lang.ZH) || c.aliases().zh().stream()
                .noneMatch(a -> a.length() < 3 && c.term().zh().contains(a)));
    }

    private static Optional<Card> card(String en) {
        return deck.cards().stream().filter(c -> c.term().has(Lang.EN) && c.term().en().equals(en)).findFirst();
    }
}
