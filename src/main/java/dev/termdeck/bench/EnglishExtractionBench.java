package dev.termdeck.bench;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.en.EnglishAnalyzer;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import java.util.List;

/**
 * English extraction speed, measured in one run so that the figures compare on a noisy machine: the raw OpenNLP
 * ceiling (sentence detection, tokenization and POS tagging only) and the whole extraction
 * ({@link OpenNlpTermExtractor}), in tokens per second, on one and on two threads. Each figure is the median of
 * several rounds, the rounds interleaved so that a burst of load from elsewhere hits all of them alike.
 */
public final class EnglishExtractionBench {
    private final List<Document> documents;
    private final EnglishModels models;
    private final OpenNlpTermExtractor extractor;
    private final long tokensPerPass;

    /** A benchmark over the English documents of {@code documents}. */
    public EnglishExtractionBench(List<Document> documents) {
        this.documents = documents.stream().filter(d -> d.lang() == Lang.EN).toList();
        if (this.documents.isEmpty()) {
            throw new IllegalArgumentException("no English documents to measure");
        }
        this.models = EnglishModels.fromClasspath();
        this.extractor = new OpenNlpTermExtractor(models, EnglishLexicon.bundled());
        EnglishAnalyzer analyzer = new EnglishAnalyzer(models);
        this.tokensPerPass = this.documents.stream().mapToLong(d -> analyzer.tagOnly(d.text())).sum();
    }

    /**
     * The figures.
     *
     * @param documents   English documents measured
     * @param tokens      tokens in one pass over them
     * @param raw1        raw OpenNLP sentence+token+POS, one thread, tokens/s
     * @param extract1    whole extraction, one thread, tokens/s
     * @param raw2        raw, two threads, tokens/s
     * @param extract2    whole extraction, two threads, tokens/s
     * @param rawCpu      raw, one thread, tokens per CPU second
     * @param extractCpu  whole extraction, one thread, tokens per CPU second
     */
    public record Figures(int documents, long tokens, double raw1, double extract1, double raw2, double extract2,
            double rawCpu, double extractCpu) {
        /** Whole extraction as a share of the raw ceiling, one thread. */
        public double ratio() {
            return extract1 / raw1;
        }

        /** Whole extraction as a share of the raw ceiling, one thread, in CPU time. */
        public double cpuRatio() {
            return extractCpu / rawCpu;
        }

        /** Two threads over one, whole extraction. */
        public double speedup() {
            return extract2 / extract1;
        }
    }

    /** Warms up, then measures {@code rounds} rounds of {@code seconds} per figure. */
    public Figures run(int rounds, double seconds) {
        Throughput.measure(this::extractPass, 1, Math.max(1, seconds));
        Throughput.measure(this::rawPass, 1, Math.max(1, seconds / 2));
        double[] raw1 = new double[rounds];
        double[] extract1 = new double[rounds];
        double[] raw2 = new double[rounds];
        double[] extract2 = new double[rounds];
        double[] rawCpu = new double[rounds];
        double[] extractCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Throughput.Rate raw = Throughput.measure(this::rawPass, 1, seconds);
            Throughput.Rate extract = Throughput.measure(this::extractPass, 1, seconds);
            raw1[r] = raw.perSecond();
            rawCpu[r] = raw.perCpuSecond();
            extract1[r] = extract.perSecond();
            extractCpu[r] = extract.perCpuSecond();
            raw2[r] = Throughput.measure(this::rawPass, 2, seconds).perSecond();
            extract2[r] = Throughput.measure(this::extractPass, 2, seconds).perSecond();
        }
        return new Figures(documents.size(), tokensPerPass, Throughput.median(raw1), Throughput.median(extract1),
                Throughput.median(raw2), Throughput.median(extract2), Throughput.median(rawCpu),
                Throughput.median(extractCpu));
    }

    private Throughput.Pass rawPass() {
        EnglishAnalyzer analyzer = new EnglishAnalyzer(models);
        return () -> {
            long n = 0;
            for (Document d : documents) {
                n += analyzer.tagOnly(d.text());
            }
            return n;
        };
    }

    /**
     * One pass extracts the documents as a build of them would, from a fresh start: what the extractor remembers from
     * earlier passes over the same text (the tokenizer's splits, the word lists' answers per word, the glossary's per
     * candidate) is forgotten first.
     */
    private Throughput.Pass extractPass() {
        return () -> {
            extractor.forgetRemembered();
            for (Document d : documents) {
                extractor.extract(d);
            }
            return tokensPerPass;
        };
    }
}
