package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long form whose short form the translation writes after too short a run of Chinese (智能体对状态的影响范围（ISA）:
 * 影响范围 alone) takes the Chinese the page's other sections write before the same short form in brackets
 * (本文提出了一种计算智能体影响范围（ISA）的方法): the page's notes are evidence of how it renders the paper's terms.
 * The glossary's ISA ("instruction set architecture") is another long form, so it does not judge the Chinese. Tune:
 * arXiv 2505.08630, "Influence Scope of Agents (ISA)".
 */
class PageNotesTest {
    private static final String PAGE = "250508630v1";
    private static final String TERM = "Influence Scope of Agents";

    @TempDir
    Path dir;

    private List<Document> read() throws IOException {
        BilingualFixture.copy("digest-pages/" + PAGE + ".md", dir.resolve(PAGE + ".md"));
        return new CorpusReader().read(dir).documents();
    }

    @Test
    void theNotesSpellOutTheShortFormTheTranslationCuts() throws IOException {
        List<Document> docs = read();

        TermCandidate isa = BilingualFixture.candidate(docs, BilingualFixture.align(docs), PAGE + "#1", TERM);

        assertThat(isa.abbr()).isEqualTo("ISA");
        assertThat(isa.counterpart().status()).isEqualTo(Counterpart.Status.FOUND);
        assertThat(isa.counterpart().text()).isEqualTo("智能体影响范围");
    }

    @Test
    void withoutTheNotesTheTranslationAloneRendersNothing() throws IOException {
        List<Document> docs = read().stream()
                .map(d -> new Document(d.id(), d.source(), d.lang(), d.title(), d.text(), d.paper()))
                .toList();

        TermCandidate isa = BilingualFixture.candidate(docs, BilingualFixture.align(docs), PAGE + "#1", TERM);

        assertThat(isa.counterpart().isFound()).isFalse();
    }
}
