package dev.termdeck.extract;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import java.util.List;

/**
 * Finds the candidate key terms of one document in its language, each with what the document says about it
 * (abbreviation, definition, the sentence that best shows it). Implementations are named for how they work
 * ({@code OpenNlpTermExtractor}, {@code HanLpTermExtractor}), receive their models in the constructor, and are safe to
 * call from several threads at once (documents are processed in parallel).
 */
public interface TermExtractor {
    /** The language of the documents this extractor reads. */
    Lang lang();

    /**
     * The candidates of {@code doc}, one per distinct term (occurrences merged), in no particular order.
     *
     * @throws IllegalArgumentException when {@code doc} is not in {@link #lang()}
     */
    List<TermCandidate> extract(Document doc);

    /**
     * Whether {@code term}, a term of this language as a card shows it, is plain: made only of words common in
     * general usage of the language, with no name, no word typical of the field at its head and no entry of the
     * bilingual glossary ("lighting condition", "target object"). A plain term is a card only with evidence that it
     * names something (see {@link DeckAssembler}). By default nothing is plain.
     */
    default boolean isPlain(String term) {
        return false;
    }

    /**
     * Whether {@code term}, a term of this language as a card shows it, is written in lower case with no digit and
     * ends in a generic or weak head of the language ("tabular dataset", "model selection criterion", "offline
     * dataset"): it says what kind of thing, not which one, unless its text defines it. By default nothing is.
     */
    default boolean hasGenericHead(String term) {
        return false;
    }
}
