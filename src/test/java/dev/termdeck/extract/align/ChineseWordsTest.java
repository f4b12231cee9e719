package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words alignment compares, on a sentence of a real digest page. */
class ChineseWordsTest {
    private final ChineseWords words = new ChineseWords(HanLpChinese.get());

    @Test
    void aOneCharacterVerbThatJoinsWordsNeverEdgesATerm() {
        // DanceChat: "dance generation" was given 到舞蹈生成 out of 音乐到舞蹈生成 (music-to-dance generation).
        List<Word> w = words.of("音乐到舞蹈生成旨在根据音乐输入合成舞蹈动作。");
        Word to = w.stream().filter(x -> x.form().equals("到")).findFirst().orElseThrow();
        assertThat(to.content()).isTrue();
        assertThat(to.edge()).isFalse();
        assertThat(w.stream().filter(x -> x.form().equals("舞蹈")).findFirst().orElseThrow().edge()).isTrue();
    }

    @Test
    void aLocativeOfTwoCharactersStartsATermUnlessItSaysWhereOrWhen() {
        // BAgger (arXiv 2512.12080): "Backwards Aggregation (BAgger)" / 我们引入了反向聚合（BAgger）; HanLP tags 反向 a
        // locative, as it does 之间.
        List<Word> w = words.of("我们引入了反向聚合（BAgger），这是一种自监督方案。不变学习和等变学习之间共享的信息。");
        assertThat(w.stream().filter(x -> x.form().equals("反向")).findFirst().orElseThrow().edge()).isTrue();
        assertThat(w.stream().filter(x -> x.form().equals("之间")).findFirst().orElseThrow().edge()).isFalse();
    }

    @Test
    void basedOnIsAWordOfTheTermAndSelfItsPrefix() {
        // ProGuard (arXiv 2512.23573): 通过基于同义词库的相似性奖励来增强RL目标 ("a synonym-bank-based similarity reward");
        // HanLP tags 基于 a preposition and 自我 a pronoun; 依赖于 introduces its object.
        List<Word> w = words.of("并通过基于同义词库的相似性奖励来增强RL目标。从人类动作中预测自我中心视频。现有方法主要依赖于线性混合皮肤绑定。");
        Word basedOn = w.stream().filter(x -> x.form().equals("基于")).findFirst().orElseThrow();
        assertThat(basedOn.content()).isTrue();
        assertThat(basedOn.edge()).isTrue();
        assertThat(w.stream().filter(x -> x.form().equals("自我")).findFirst().orElseThrow().edge()).isTrue();
        assertThat(w.stream().filter(x -> x.form().equals("依赖于")).findFirst().orElseThrow().edge()).isFalse();
    }
}
