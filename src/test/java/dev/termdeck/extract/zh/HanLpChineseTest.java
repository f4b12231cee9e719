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
    void pinyinKeepsLatinPartsAsTheyAre() {
        assertThat(zh.pinyin("Nadaraya-Watson回归")).isEqualTo("Nadaraya-Watson huí guī");
    }

    @Test
    void convertsBetweenSimplifiedAndTraditional() {
        assertThat(zh.toSimplified("聯邦學習")).isEqualTo("联邦学习");
        assertThat(zh.toTraditional("生成对抗网络")).isEqualTo("生成對抗網絡");
    }
}
