package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short form written as a word of the English is rendered by a Chinese word of its glossary entries' terms, which the
 * corpus rarely learns because translations keep the letters (tune: arXiv 2510.22728, "While Chain-of-Thought (CoT)
 * prompting has shown promise in medical visual question answering (VQA)" / 尽管思维链（CoT）提示在医学视觉问答（VQA）中显示出潜力).
 * So a long form that writes a short form among its words ("Full-Document QA (FD-QA)", 全文问答（FD-QA）) keeps 问答 as its
 * own word, not claimed by another English word of the paper ("questions").
 */
class ShortFormWordsTest {
    private static final String EN = "While Chain-of-Thought (CoT) prompting has shown promise in medical visual question"
            + " answering (VQA), no large-scale expert-level dataset has captured stepwise reasoning.";
    private static final String ZH = "尽管思维链（CoT）提示在医学视觉问答（VQA）中显示出潜力，但尚无大规模专家级数据集捕捉到逐步推理。";

    private final ShortFormWords shortForms = new ShortFormWords(BilingualFixture.GLOSSARY);
    private final List<Word> en = EnglishWords.of(EN);
    private final List<Word> zh = new ChineseWords(HanLpChinese.get()).of(ZH);

    @Test
    void aShortFormIsRenderedByAWordOfItsGlossaryTerm() {
        assertThat(shortForms.renders(english("VQA"), chineseIn("视觉问答"))).isTrue();
        assertThat(shortForms.renders(english("CoT"), chineseIn("思维链"))).isTrue();
    }

    @Test
    void notByAWordOutsideItsGlossaryTermNorByTheWordsOfAnotherShortForm() {
        assertThat(shortForms.renders(english("VQA"), chinese("医学"))).isFalse();
        assertThat(shortForms.renders(english("CoT"), chineseIn("视觉问答"))).isFalse();
    }

    @Test
    void anEnglishWordThatIsNoShortFormRendersNothingHere() {
        assertThat(shortForms.renders(english("prompting"), chineseIn("思维链"))).isFalse();
    }

    private Word english(String form) {
        return en.stream().filter(w -> w.form().equals(form)).findFirst().orElseThrow(() -> new AssertionError(form
                + " not among " + en.stream().map(Word::form).toList()));
    }

    private Word chinese(String form) {
        return zh.stream().filter(w -> w.form().equals(form)).findFirst().orElseThrow(() -> new AssertionError(form
                + " not among " + zh.stream().map(Word::form).toList()));
    }

    /** The first word of the Chinese sentence inside {@code term} (the segmenter may cut it: 视觉/问答). */
    private Word chineseIn(String term) {
        int at = ZH.indexOf(term);
        return zh.stream().filter(w -> w.start() >= at && w.end() <= at + term.length() && w.form().length() >= 2)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError(term + " not among "
                        + zh.stream().map(Word::form).toList()));
    }
}
