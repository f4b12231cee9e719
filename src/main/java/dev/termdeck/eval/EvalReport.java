package dev.termdeck.eval;

import dev.termdeck.core.Lang;
import java.util.List;

/**
 * The scores of a deck against a gold set.
 *
 * @param recall            gold entries matched by a card, of all entries
 * @param languages         figures per language of the gold entries' documents
 * @param cards             the number of cards in the deck
 * @param definitionCues    matched gold entries with a cue whose card's definition contains it
 * @param abbreviations     gold entries with a short form whose card has it with the right long form
 * @param bilingual         cards with both an English and a Chinese term, of all cards
 * @param chineseRenderings matched cards (for entries with Chinese renderings) whose Chinese term or a Chinese alias is
 *                          one of them
 * @param chineseTextAbbreviations gold short forms written in Chinese documents that are on a card
 * @param chineseTextAbbreviationsLinked of those, the ones whose card also has the gold English long form
 * @param misses            the gold entries no card matches
 * @param problems          matched entries with a wrong or missing short form or a definition without the cue
 * @param translatedPapers  figures for the cards of papers read with their translation, or {@code null} when no paper
 *                          of the corpus has one
 */
public record EvalReport(
        Count recall,
        List<LangFigures> languages,
        int cards,
        Count definitionCues,
        Count abbreviations,
        Count bilingual,
        Count chineseRenderings,
        Count chineseTextAbbreviations,
        Count chineseTextAbbreviationsLinked,
        List<Miss> misses,
        List<String> problems,
        TranslatedPaperFigures translatedPapers) {

    public EvalReport {
        languages = List.copyOf(languages);
        misses = List.copyOf(misses);
        problems = List.copyOf(problems);
    }

    /**
     * A share: {@code hit} of {@code total}.
     *
     * @param hit   how many
     * @param total of how many
     */
    public record Count(int hit, int total) {
        /** {@code hit / total}, or 0 when there is nothing to count. */
        public double share() {
            return total == 0 ? 0 : hit / (double) total;
        }
    }

    /**
     * Figures for the documents of one language.
     *
     * @param lang                 the language
     * @param recall               gold entries of this language's documents matched
     * @param documents            the corpus documents in this language
     * @param cardsPerDocument     average number of cards with a source in each document
     * @param longDocuments        documents over {@link Evaluation#LONG_DOCUMENT_CHARS} characters
     * @param cardsPerShortDocument the same average without the long documents
     */
    public record LangFigures(Lang lang, Count recall, int documents, double cardsPerDocument, int longDocuments,
            double cardsPerShortDocument) {
    }

    /**
     * A gold entry no card matches.
     *
     * @param doc  the gold entry's document label
     * @param lang the language of its document, or {@code null} when the term is not found in the corpus
     * @param en   its English term
     */
    public record Miss(String doc, Lang lang, String en) {
    }
}
