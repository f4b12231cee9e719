package dev.termdeck.eval;

import java.util.List;

/**
 * How well the terms a build keeps for each document match the keyphrases people assigned it: precision, recall and
 * F1 per document, averaged over the documents (a document with no term has precision 0).
 *
 * @param setting    the selection scored ("default (up to 8+2, score >= 0.30 + ranker)")
 * @param documents  the number of documents
 * @param terms      the terms kept, over all documents
 * @param keys       the keyphrases, over all documents (after matching duplicates are merged)
 * @param precision  mean per-document precision
 * @param recall     mean per-document recall
 * @param f1         mean per-document F1
 * @param perDocument each document's figures (only when asked for)
 */
public record KeyphraseReport(String setting, int documents, int terms, int keys, double precision, double recall,
        double f1, List<DocumentScore> perDocument) {

    public KeyphraseReport {
        perDocument = List.copyOf(perDocument);
    }

    /**
     * One document's figures.
     *
     * @param id      the document id
     * @param terms   the terms kept for it, best first
     * @param scores  their scores, in the same order
     * @param matched the terms that match a keyphrase
     * @param keys    its keyphrases
     * @param missed  the keyphrases no term matches
     */
    public record DocumentScore(String id, List<String> terms, List<Double> scores, List<String> matched,
            List<String> keys, List<String> missed, double precision, double recall, double f1) {
        public DocumentScore {
            terms = List.copyOf(terms);
            scores = List.copyOf(scores);
            matched = List.copyOf(matched);
            keys = List.copyOf(keys);
            missed = List.copyOf(missed);
        }
    }
}
