package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Latin name in brackets that goes on from a name the text writes alone names a part of that thing, not the
 * Chinese before it: the tune translation of arXiv 2510.11026 presents GIR-Bench and then its three subsets by what
 * each evaluates (理解-生成一致性（GIR-Bench-UGC）, "understanding-generation consistency", judged another concept
 * than the subset's name). A name in brackets that extends no name of the text still glosses the Chinese before it.
 */
class NameVariantsTest {
    private static final String GIR_BENCH = "为此，本文提出了GIR-Bench，一个全面的基准，评估统一模型在三个互补视角下的表现。首先，"
            + "评估理解-生成一致性（GIR-Bench-UGC），其次，评估推理驱动的文本到图像生成（GIR-Bench-T2I），最后，评估多步推理在编辑中"
            + "的应用（GIR-Bench-Edit）。";
    private final HanLpTermExtractor extractor = new HanLpTermExtractor(HanLpTermExtractorTest.ZH,
            HanLpTermExtractorTest.GLOSSARY);

    @Test
    void aNameGoingOnFromANameOfTheTextIsNoGloss() {
        assertThat(NameVariants.extendsName("GIR-Bench-UGC", GIR_BENCH)).isTrue();
        assertThat(NameVariants.extendsName("GIR-Bench-Edit", GIR_BENCH)).isTrue();
        List<TermCandidate> c = extractor.extract(new Document("t#1", "t.txt", Lang.ZH, null, GIR_BENCH));
        assertThat(c).noneMatch(t -> "GIR-Bench-UGC".equals(t.gloss()) || "GIR-Bench-UGC".equals(t.abbr()));
    }

    @Test
    void aNameThatExtendsNoNameOfTheTextStillGlosses() {
        assertThat(NameVariants.extendsName("GIR-Bench", GIR_BENCH)).isFalse();
        assertThat(NameVariants.extendsName("GIR-Bench-UGC", "首先，评估理解-生成一致性（GIR-Bench-UGC）。")).isFalse();
        assertThat(NameVariants.extendsName("Low-Rank Adaptation", GIR_BENCH)).isFalse();
    }
}
