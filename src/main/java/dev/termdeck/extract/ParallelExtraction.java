package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The extraction stage of {@link DeckAssembler}: every document's candidates, extracted on worker threads and
 * returned in document order. A long document goes in pieces ({@link LongDocuments}), each a task of its own, so that
 * one book-sized document neither hangs the build nor keeps the other threads idle. Progress is told once per
 * document, when its last piece is done.
 */
final class ParallelExtraction {
    private ParallelExtraction() {
    }

    /**
     * The candidates of each of {@code docs} (whose languages all have an extractor), in the order of {@code docs}.
     * A failure of an extractor is thrown again (a runtime exception or error as it was).
     *
     * @param threads worker threads, at least 1
     */
    static List<List<TermCandidate>> extract(List<Document> docs, Map<Lang, TermExtractor> extractors, int threads,
            ProgressListener progress) {
        if (docs.isEmpty()) {
            return List.of();
        }
        int n = Math.min(threads, docs.size());
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "termdeck-extract");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        try {
            List<List<LongDocuments.Piece>> pieces = new ArrayList<>(docs.size());
            List<List<Future<List<TermCandidate>>>> futures = new ArrayList<>(docs.size());
            for (Document d : docs) {
                List<LongDocuments.Piece> split = LongDocuments.split(d, LongDocuments.MAX_PIECE);
                AtomicInteger left = new AtomicInteger(split.size());
                List<Future<List<TermCandidate>>> parts = new ArrayList<>(split.size());
                for (LongDocuments.Piece p : split) {
                    parts.add(pool.submit(() -> {
                        List<TermCandidate> found = extractors.get(d.lang()).extract(p.doc());
                        if (left.decrementAndGet() == 0) {
                            synchronized (progressLock) {
                                progress.documentDone(done.incrementAndGet(), docs.size());
                            }
                        }
                        return found;
                    }));
                }
                pieces.add(split);
                futures.add(parts);
            }
            List<List<TermCandidate>> out = new ArrayList<>(docs.size());
            for (int i = 0; i < docs.size(); i++) {
                List<List<TermCandidate>> parts = new ArrayList<>(futures.get(i).size());
                for (Future<List<TermCandidate>> f : futures.get(i)) {
                    parts.add(f.get());
                }
                out.add(LongDocuments.merge(pieces.get(i), parts));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting terms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("term extraction failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
