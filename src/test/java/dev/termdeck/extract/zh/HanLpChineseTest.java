package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanLpChineseTest {
    private final HanLpChinese zh = HanLpChinese.get();

    @Test
    void pinyinHasToneMarksOneSyllablePerHanzi() {
        assertThat(zh.pinyin("涌现能力")).isEqualTo("yǒng xiàn néng lì");
        assertThat(zh.pinyin("多点触摸归因")).isEqualTo("duō diǎn chù mō guī yīn");
    }

    @Test
    void pinyinReadsPolyphonesInContextAndUsesUmlaut() {
        assertThat(zh.pinyin("长度")).isEqualTo("cháng dù");
        assertThat(zh.pinyin("超分辨率")).isEqualTo("chāo fēn biàn lǜ");
    }

    @Test
    void pinyinReadsTheParticleInsideATerm() {
        assertThat(zh.pinyin("上下文中的词")).isEqualTo("shàng xià wén zhōng de cí");
    }

    @Test
    void segmentsWithTagsAndOffsetsIntoTheText() {
        String text = "生成的对抗网络(GAN)已被证明 是有效的。";
        java.util.List<ZhToken> tokens = zh.segment(text);
        assertThat(tokens).isNotEmpty();
        for (ZhToken t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
            assertThat(t.tag()).isNotBlank();
        }
        assertThat(tokens).extracting(ZhToken::word).contains("GAN", "网络");
    }

    @Test
    void pinyinKeepsLatinPartsAsTheyAre() {
        assertThat(zh.pinyin("Nadaraya-Watson回归")).isEqualTo("Nadaraya-Watson huí guī");
    }

    @Test
    void convertsBetweenSimplifiedAndTraditional() {
        assertThat(zh.toSimplified("聯邦學習")).isEqualTo("联邦学习");
        assertThat(zh.toTraditional("生成对抗网络")).isEqualTo("生成對抗網絡");
    }
}
