package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.IOException;
import java.nio.file.Path;
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
    private static final String[] PAGES = {"251113102v2", "251216911v1", "250904973v1", "251027222v1"};

    @TempDir
    static Path work;

    private static Deck deck;

    @BeforeAll
    static void build() throws IOException {
        for (String p : PAGES) {
            BilingualFixture.copy("digest-pages/" + p + ".md", work.resolve(p + ".md"));
        }
        deck = BilingualFixture.assemble(new CorpusReader().read(work).documents());
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
