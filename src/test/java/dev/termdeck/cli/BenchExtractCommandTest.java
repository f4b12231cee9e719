package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchExtractCommandTest {
    @TempDir
    Path home;

    @Test
    void measuresEnglishAndChineseExtractionInOneRun() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        Files.writeString(corpus.resolve("en.txt"), "Federated learning (FL) trains a model across many clients "
                + "without sharing their data. We present FedAvg, a simple method for federated learning.",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("zh.txt"), "联邦学习(FL)是以保护隐私方式在异质客户设备上进行机器学习的框架。"
                + "大多数FL算法都在多个回合中学习一个全局服务器模型。", StandardCharsets.UTF_8);

        CliRunner.Result r = new CliRunner(home.resolve("data"), home).run("bench", "extract", "--corpus",
                corpus.toString(), "--seconds", "0.2", "--rounds", "1", "--builds", "0");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("English extraction: 1 documents", "tokens/s",
                "Chinese extraction: 1 documents", "chars/s", "of segmentation");
    }

    @Test
    void printsTheChildBuildsLinesOneByOneWithNoFoldedNewline() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        Files.writeString(corpus.resolve("en.txt"), "Federated learning (FL) trains a model across many clients "
                + "without sharing their data.", StandardCharsets.UTF_8);

        CliRunner.Result r = new CliRunner(home.resolve("data"), home).run("bench", "extract", "--corpus",
                corpus.toString(), "--seconds", "0.1", "--rounds", "1", "--builds", "1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("build of the corpus in a child JVM (1 runs)").doesNotContain("\u240a");
        assertThat(r.out().lines().filter(l -> l.startsWith("  ") && l.contains(".deck.json:"))).hasSize(1);
    }
}
