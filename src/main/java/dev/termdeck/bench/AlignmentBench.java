package dev.termdeck.bench;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.TermExtractor;
import dev.termdeck.extract.TranslationAligner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The time alignment of papers with their translations adds to a build, apart from extraction: the documents are
 * extracted once, then the aligner runs over all of them (learning word translations from the whole corpus, as a
 * build does) in several rounds; the median round is reported, with the extraction of the same documents for scale.
 */
public final class AlignmentBench {
    private final List<Document> documents;
    private final Map<Lang, TermExtractor> extractors;
    private final TranslationAligner aligner;
    private final LongSupplier nanoTime;

    public AlignmentBench(List<Document> documents, List<TermExtractor> extractors, TranslationAligner aligner,
            LongSupplier nanoTime) {
        this.extractors = extractors.stream().collect(Collectors.toMap(TermExtractor::lang, e -> e));
        this.documents = documents.stream().filter(d -> this.extractors.containsKey(d.lang())).toList();
        this.aligner = aligner;
        this.nanoTime = nanoTime;
    }

    /**
     * The figures.
     *
     * @param papers            papers with both versions among the documents
     * @param documents         documents extracted and aligned
     * @param extractionSeconds one pass of extraction over the documents, one thread
     * @param alignmentSeconds  the median round of alignment over all of them
     * @param rounds            rounds of alignment measured
     */
    public record Figures(int papers, int documents, double extractionSeconds, double alignmentSeconds, int rounds) {
        /** Alignment time per paper with both versions, in milliseconds. */
        public double millisPerPaper() {
            return papers == 0 ? 0 : alignmentSeconds * 1000 / papers;
        }

        /** Alignment time as a share of the extraction time of the same documents. */
        public double shareOfExtraction() {
            return extractionSeconds == 0 ? 0 : alignmentSeconds / extractionSeconds;
        }
    }

    /** Measures {@code rounds} rounds of alignment after one pass of extraction. */
    public Figures run(int rounds) {
        long start = nanoTime.getAsLong();
        List<List<TermCandidate>> extracted = new ArrayList<>(documents.size());
        for (Document d : documents) {
            extracted.add(extractors.get(d.lang()).extract(d));
        }
        double extraction = (nanoTime.getAsLong() - start) / 1e9;
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = nanoTime.getAsLong();
            aligner.align(documents, extracted);
            times[i] = (nanoTime.getAsLong() - t) / 1e9;
        }
        Arrays.sort(times);
        long papers = documents.stream().collect(Collectors.groupingBy(Document::paper, Collectors.counting()))
                .values().stream().filter(n -> n > 1).count();
        return new Figures((int) papers, documents.size(), extraction, times[rounds / 2], rounds);
    }
}
