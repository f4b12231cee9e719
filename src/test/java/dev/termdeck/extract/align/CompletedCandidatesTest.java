package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Chinese candidate that lost a morpheme its English counterpart holds, made whole in every occurrence alike. */
class CompletedCandidatesTest {
    private static final CompletedCandidates COMPLETED =
            new CompletedCandidates(new GlossaryEdges(BilingualFixture.GLOSSARY));
    private static final ChineseWords WORDS = new ChineseWords(BilingualFixture.ZH);

    @Test
    void aCandidateThatLostTheStartOfItsFirstWordIsMadeWhole() {
        // Tune page 2510.27222: "Equivariant representation learning aims to capture variations ...", HanLP reads 等/变.
        String text = "等变表征学习旨在捕捉表征空间中由输入变换引起的变异。";
        TermCandidate c = candidate("变表征学习", "equivariant representation learning", Counterpart.Evidence.ALIGNMENT);
        assertThat(COMPLETED.of(chinese(text), c).text()).isEqualTo("等变表征学习");
        // Not when the counterpart comes from the glossary, which found the Chinese as written.
        c = candidate("变表征学习", "equivariant representation learning", Counterpart.Evidence.GLOSSARY);
        assertThat(COMPLETED.of(chinese(text), c).text()).isEqualTo("变表征学习");
    }

    @Test
    void occurrencesCompletedDifferentlyLeaveTheCandidateAsItIs() {
        // The same page: 变学习 stands in 不变学习 and in 等变学习; only the second is "equivariant learning".
        String text = "然而，这种设计忽略了不变学习和等变学习之间共享的信息。";
        TermCandidate c = candidate("变学习", "equivariant learning", Counterpart.Evidence.ALIGNMENT);
        assertThat(COMPLETED.of(chinese(text), c).text()).isEqualTo("变学习");
    }

    private static TermCandidate candidate(String zh, String en, Counterpart.Evidence how) {
        return new TermCandidate(Lang.ZH, zh, zh, List.of(), null, null, null, "", "2510.27222@zh", 0, 1, 0.5)
                .withCounterpart(Counterpart.found(en, how, null));
    }

    private static PaperText chinese(String text) {
        return new PaperText(Lang.ZH, text, WORDS.of(text), Sentences.chinese(text));
    }
}
