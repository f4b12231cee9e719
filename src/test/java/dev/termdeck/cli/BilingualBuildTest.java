package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code termdeck build} over English and Chinese abstracts: one deck, one card per term in both languages. */
class BilingualBuildTest {
    private static final String EN = "Federated learning (FL) is a framework for machine learning across client "
            + "devices without sharing their data. We propose federated select, a primitive for FL systems that "
            + "lets clients select the values sent to them.";
    private static final String ZH = "联合学习(FL)是以保护隐私方式在异质客户设备上进行机器学习的框架。迄今为止,大多数FL算法都在多个"
            + "回合中学习一个全局服务器模型。我们讨论了联合学习对隐私和信任的含义。";

    @TempDir
    Path work;

    @BeforeEach
    void corpus() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.writeString(corpus.resolve("en.txt"), EN);
        Files.writeString(corpus.resolve("zh.txt"), ZH);
    }

    @Test
    void termFoundInBothLanguagesIsOneBilingualCardWithTheCorpusRenderingMarked() throws Exception {
        CliRunner.Result r = new CliRunner(work.resolve("data"), work).run("build");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Deck deck = DeckJson.read(work.resolve("decks/ml-abstracts.deck.json"));
        Card fl = deck.card("federated-learning").orElseThrow();
        assertThat(fl.term().zh()).isEqualTo("联邦学习");
        assertThat(fl.abbr()).isEqualTo("FL");
        assertThat(fl.pinyin()).isEqualTo("lián bāng xué xí");
        assertThat(fl.corpusRenderings()).containsExactly("联合学习");
        assertThat(fl.definition().zh()).contains("保护隐私");
        assertThat(fl.sources()).extracting(s -> s.doc()).containsExactly("en#1", "zh#1");
        assertThat(deck.cards().stream().filter(c -> "FL".equals(c.abbr()))).hasSize(1);
    }

    @Test
    void usersGlossaryOverridesTheBuiltInRendering() throws Exception {
        Files.writeString(work.resolve("mine.tsv"), "federated learning\t聯邦式學習\tFL\n");
        CliRunner.Result r = new CliRunner(work.resolve("data"), work).run("build", "--glossary", "mine.tsv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Card fl = DeckJson.read(work.resolve("decks/ml-abstracts.deck.json")).card("federated-learning")
                .orElseThrow();
        assertThat(fl.term().zh()).isEqualTo("联邦式学习");
    }

    @Test
    void badGlossaryLineIsOneErrorLineNamingFileAndLine() throws Exception {
        Files.writeString(work.resolve("bad.tsv"), "dropout\t随机失活\njust english\n");
        CliRunner.Result r = new CliRunner(work.resolve("data"), work).run("build", "--glossary", "bad.tsv");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("termdeck: ").contains("bad.tsv:2:").doesNotContain("Exception");
        assertThat(Files.exists(work.resolve("decks/ml-abstracts.deck.json"))).isFalse();
    }
}
