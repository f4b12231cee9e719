package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of reading a corpus directory.
 *
 * @param papers     unique papers in file-name order, then position in the file; each with its original and, when
 *                   the source carries one that reads well, its translation
 * @param files      the files that gave at least one paper, relative to the corpus directory ({@code /} separated)
 * @param duplicates how many papers were dropped as duplicates of an earlier one
 * @param problems   files or lines skipped or read with a fallback, in the order met
 */
public record Corpus(List<Paper> papers, List<String> files, int duplicates, List<CorpusProblem> problems) {
    public Corpus {
        papers = List.copyOf(papers);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Every document: each paper's versions, original first, papers in corpus order. */
    public List<Document> documents() {
        List<Document> out = new ArrayList<>(papers.size() * 2);
        papers.forEach(p -> out.addAll(p.versions()));
        return out;
    }

    /** How many documents are in {@code lang} (originals and translations). */
    public long count(Lang lang) {
        return papers.stream().filter(p -> p.version(lang).isPresent()).count();
    }

    /** How many papers have exactly the languages {@code langs} (in any order). */
    public long countPapers(List<Lang> langs) {
        return papers.stream()
                .filter(p -> p.languages().size() == langs.size() && p.languages().containsAll(langs))
                .count();
    }
}
