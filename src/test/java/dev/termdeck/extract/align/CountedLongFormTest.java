package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import org.junit.jupiter.api.Test;

/**
 * Where a rendering before a short form in brackets may start ({@link SpannedLongForms}): after a measure word that
 * counts the phrase, as in 提出了一种X（ABBR）, the commonest way a translation introduces a named method, but not
 * inside a word the segmenter cut. Tune arXiv 2506.11036: 本文提出了一种交互式跨模态学习框架（ICL）, which HanLP reads
 * 一/种/交互式/跨/模/态/学习/框架; tune arXiv 2512.16911: 提出后验行为克隆(PostBC)策略, read 后/验/行为/克隆.
 */
class CountedLongFormTest {

    @Test
    void theWordAfterAMeasureWordStartsAWord() {
        PaperText zh = text("为了解决这些问题，本文提出了一种交互式跨模态学习框架（ICL），通过人本交互增强文本查询的可区分性。");

        assertThat(SpannedLongForms.startsWord(zh, indexOf(zh, "交互式"))).isTrue();
        assertThat(SpannedLongForms.startsWord(zh, indexOf(zh, "态"))).isFalse();
    }

    @Test
    void aPieceOfAWordTheSegmenterCutStartsNone() {
        PaperText zh = text("因此，提出后验行为克隆(PostBC)策略，该策略训练模型来模拟给定演示数据集的演示者行为的后验分布。");

        assertThat(SpannedLongForms.startsWord(zh, indexOf(zh, "后"))).isTrue();
        assertThat(SpannedLongForms.startsWord(zh, indexOf(zh, "验"))).isFalse();
    }

    @Test
    void measureWordsAndCountedNumeralsCount() {
        assertThat(ChineseWords.counts("种")).isTrue();
        assertThat(ChineseWords.counts("一个")).isTrue();
        assertThat(ChineseWords.counts("后")).isFalse();
        assertThat(ChineseWords.counts("模")).isFalse();
    }

    private static PaperText text(String s) {
        return new PaperText(Lang.ZH, s, new ChineseWords(BilingualFixture.ZH).of(s), Sentences.chinese(s));
    }

    private static int indexOf(PaperText zh, String word) {
        for (int k = 0; k < zh.words.size(); k++) {
            if (zh.words.get(k).form().equals(word)) {
                return k;
            }
        }
        throw new AssertionError(word + " is no word of " + zh.words.stream().map(Word::form).toList());
    }
}
