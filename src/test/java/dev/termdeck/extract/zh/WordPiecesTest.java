package dev.termdeck.extract.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryReader;
import org.junit.jupiter.api.Test;

/**
 * Edges of aligned Chinese terms that cut a word of the dictionary, on sentences of real digest pages that the
 * segmenter reads in pieces (多/模/态, 自/底/向上).
 */
class WordPiecesTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    private static final WordPieces PIECES = new WordPieces(GLOSSARY.chineseRenderings().keySet());

    @Test
    void aCharacterCutFromTheFrontOfADictionaryWordIsTakenBack() {
        // OmniGen2: "build upon existing multimodal understanding models"; the segmenter reads 多/模/态.
        assertThat(whole("这一设计使OmniGen2能够基于现有的多模态理解模型进行构建。", "模态理解模型")).isEqualTo("多模态理解模型");
        // BuPO: "Bottom-up Policy Optimization (BuPO)"; read as 自/底/向上.
        assertThat(whole("我们提出了一种新颖的强化学习范例——自底向上策略优化（BuPO）。", "向上策略优化")).isEqualTo("自底向上策略优化");
    }

    @Test
    void aWholeWordBesideTheTermIsNoPieceOfIt() {
        // 学习框架 is a dictionary term, but 框架 is a word of its own after 属性引导的强化学习.
        assertThat(whole("我们提出了AttriLens-Mol，一个基于属性引导的强化学习框架。", "属性引导的强化学习")).isEqualTo("属性引导的强化学习");
    }

    @Test
    void anEdgeTheDictionaryDoesNotShowAsCutStays() {
        assertThat(whole("音乐到舞蹈生成旨在根据音乐输入合成舞蹈动作。", "舞蹈动作")).isEqualTo("舞蹈动作");
    }

    private static String whole(String sentence, String term) {
        java.util.List<ZhToken> tokens = ZH.segment(sentence);
        int at = sentence.indexOf(term);
        int[] r = PIECES.whole(sentence, at, at + term.length(), (from, to) -> tokens.stream()
                .anyMatch(t -> t.start() >= from && t.end() <= to && t.word().length() >= 2));
        return sentence.substring(r[0], r[1]);
    }
}
