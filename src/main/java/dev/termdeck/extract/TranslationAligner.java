package dev.termdeck.extract;

import dev.termdeck.corpus.Document;
import java.util.List;

/**
 * The step between extraction and ranking for papers read with their translation ({@link dev.termdeck.corpus.Paper}):
 * finds each candidate's {@link Counterpart} in the other language version of its paper, so that the English and the
 * Chinese candidate of one concept become one card, a term the translation renders ranks above one it does not, and
 * a definition found on one side has the aligned sentence of the other as its translation.
 *
 * <p>Implementations see the whole corpus at once (word translations can be learned from all its papers), must give
 * the same result for the same input whatever the threads did, and are immutable and thread-safe. Candidates of
 * documents whose paper has one version keep {@link Counterpart#NO_TRANSLATION}; those of a paper with a translation
 * get {@link Counterpart.Status#FOUND} or {@link Counterpart.Status#NOT_FOUND}.
 */
public interface TranslationAligner {
    /** Aligns nothing: every candidate keeps {@link Counterpart#NO_TRANSLATION}. */
    TranslationAligner NONE = (documents, candidates) -> candidates;

    /**
     * The candidates of every document, in the order given, each with its counterpart set.
     *
     * @param documents  the corpus documents extracted, in corpus order (a paper's versions carry its id in
     *                   {@link Document#paper()})
     * @param candidates the candidates of each document, in the same order as {@code documents}
     */
    List<List<TermCandidate>> align(List<Document> documents, List<List<TermCandidate>> candidates);
}
