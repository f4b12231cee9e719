package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definition continued by the next sentence about the term still finds its sentence in the translation: the
 * aligned sentence is looked up by where the definition starts (tune page 2509.05297, FlowSeek, with its Chinese
 * version).
 */
class ContinuedDefinitionTest {
    @TempDir
    Path dir;

    @Test
    void theTranslationOfAContinuedDefinitionIsFoundByItsFirstSentence() throws IOException {
        List<Document> docs = BilingualFixture.read("continued-definition.jsonl", dir);
        List<List<TermCandidate>> aligned = BilingualFixture.align(docs);
        TermCandidate flowSeek = BilingualFixture.candidate(docs, aligned, "continued-definition#flowseek", "FlowSeek");
        assertThat(flowSeek.definition()).startsWith("FlowSeek is a novel framework for optical flow")
                .contains(". FlowSeek marries ");
        assertThat(flowSeek.counterpart().definition()).startsWith("FlowSeek是一种光流估计新框架");
        // The Chinese side goes on as the English does: the next sentence opens with the term there too.
        assertThat(flowSeek.counterpart().definition()).contains("即可进行训练。FlowSeek结合了光流网络设计的最新进展");
    }
}
