package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

import java.util.List;

/**
 * The result of reading a corpus directory.
 *
 * @param documents  unique documents in file-name order, then position in the file
 * @param files      the files that gave at least one document, relative to the corpus directory ({@code /} separated)
 * @param duplicates how many documents were dropped as duplicates of an earlier one
 * @param problems   files or lines skipped or read with a fallback, in the order met
 */
public record Corpus(List<Document> documents, List<String> files, int duplicates, List<CorpusProblem> problems) {
    public Corpus {
        documents = List.copyOf(documents);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** How many documents are in {@code lang}. */
    public long count(Lang lang) {
        return documents.stream().filter(d -> d.lang() == lang).count();
    }
}
