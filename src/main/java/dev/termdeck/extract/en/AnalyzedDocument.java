package dev.termdeck.extract.en;

import java.util.List;
import java.util.Set;

/**
 * One English document as the extraction steps share it: its text with the title before it, its sentences (tokens,
 * tags, offsets), its abbreviations and the words it writes as names.
 *
 * @param head           the title sentence put before the text ({@link Titles#head}); empty without a title
 * @param text           the head and the text, long tokens blanked ({@link LongTokens})
 * @param sentences      the sentences of {@code text}
 * @param titleSentences how many of the first sentences are the title's
 * @param abbrs          the abbreviations defined in {@code text}
 * @param writtenWords   the words the document writes ({@link PhraseForms#words})
 * @param plurals        plural forms merged by rule, knowing the document's words
 * @param names          words written with a capital inside a sentence of the text ({@link PhraseForms#names})
 */
record AnalyzedDocument(String head, String text, List<Sentence> sentences, int titleSentences,
        List<Abbreviation> abbrs, Set<String> writtenWords, Plurals plurals, Set<String> names) {
}
