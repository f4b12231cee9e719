package dev.termdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.HanLpTermExtractor;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ChineseExtractionBenchTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(ZH, new GlossaryReader(ZH).builtIn());

    @Test
    void reportsCharactersPerSecondOfBothPathsFromTheClockItIsGiven() {
        AtomicLong clock = new AtomicLong();
        ChineseExtractionBench bench = new ChineseExtractionBench(extractor, ZH,
                () -> clock.addAndGet(1_000_000));
        List<Document> docs = List.of(new Document("z#1", "z.txt", Lang.ZH, null, "联合学习(FL)是一种机器学习框架。"),
                new Document("e#1", "e.txt", Lang.EN, null, "Federated learning."));
        ChineseExtractionBench.Result r = bench.run(docs, 1, 2);
        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.chars()).isEqualTo(18);
        assertThat(r.charsPerSecond()).isEqualTo(18_000.0);
        assertThat(r.segmentPerSecond()).isEqualTo(18_000.0);
        assertThat(r.ratio()).isEqualTo(1.0);
    }

    @Test
    void reportsCharactersPerCpuSecondOverAllRoundsFromTheCpuClockItIsGiven() {
        AtomicLong clock = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        ChineseExtractionBench bench = new ChineseExtractionBench(extractor, ZH,
                () -> clock.addAndGet(1_000_000), () -> cpu.addAndGet(500_000));
        List<Document> docs = List.of(new Document("z#1", "z.txt", Lang.ZH, null, "联合学习(FL)是一种机器学习框架。"));
        ChineseExtractionBench.Result r = bench.run(docs, 1, 3);
        // Each path's round reads the CPU clock twice: 0.5 ms of CPU per round, 18 characters a round.
        assertThat(r.charsPerCpuSecond()).isEqualTo(36_000.0);
        assertThat(r.segmentPerCpuSecond()).isEqualTo(36_000.0);
        assertThat(r.cpuRatio()).isEqualTo(1.0);
        assertThat(new ChineseExtractionBench(extractor, ZH, System::nanoTime).run(docs, 0, 1).cpuRatio()).isZero();
    }

    @Test
    void needsChineseDocuments() {
        ChineseExtractionBench bench = new ChineseExtractionBench(extractor, ZH, System::nanoTime);
        assertThatThrownBy(() -> bench.run(List.of(), 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
