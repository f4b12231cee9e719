package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.extract.TermCandidate;
import org.junit.jupiter.api.Test;

/**
 * A definition continued by the next sentence about the term still finds its sentence in the translation: the
 * aligned sentence is looked up by where the definition starts (tune page 2509.05297, FlowSeek, with its Chinese
 * version).
 */
class ContinuedDefinitionTest {
    @Test
    void theTranslationOfAContinuedDefinitionIsFoundByItsFirstSentence() {
        TermCandidate flowSeek = BilingualFixture.Aligned.load("continued-definition.jsonl")
                .candidate("continued-definition#flowseek", "FlowSeek");
        assertThat(flowSeek.definition()).startsWith("FlowSeek is a novel framework for optical flow")
                .contains(". FlowSeek marries ");
        assertThat(flowSeek.counterpart().definition()).startsWith("FlowSeek是一种光流估计新框架");
        // The Chinese side goes on as the English does: the next sentence opens with the term there too.
        assertThat(flowSeek.counterpart().definition()).contains("即可进行训练。FlowSeek结合了光流网络设计的最新进展");
    }
}
