package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWidthTest {
    @Test
    void cjkCharactersTakeTwoColumnsAndCombiningMarksNone() {
        assertThat(TextWidth.of("abc")).isEqualTo(3);
        assertThat(TextWidth.of("联邦学习")).isEqualTo(8);
        assertThat(TextWidth.of("（FL）")).isEqualTo(6);
        assertThat(TextWidth.of("e\u0301")).isEqualTo(1);
        assertThat(TextWidth.of("𠀀")).isEqualTo(2);
    }

    @Test
    void truncationNeverCutsAWideCharacter() {
        assertThat(TextWidth.truncate("联邦学习", 5)).isEqualTo("联邦…");
        assertThat(TextWidth.truncate("联邦学习", 8)).isEqualTo("联邦学习");
        assertThat(TextWidth.fit("a联邦", 2)).isEqualTo("a");
        assertThat(TextWidth.truncate("𠀀𠀀", 3)).isEqualTo("𠀀…");
        assertThat(TextWidth.pad("联邦", 6)).isEqualTo("联邦  ");
    }

    @Test
    void latinWrapsBetweenWordsAndChineseBetweenCharactersButNotBeforeClosingPunctuation() {
        assertThat(text(TextWidth.wrap("a language model with many parameters", Style.NORMAL, 16)))
                .containsExactly("a language model", "with many", "parameters");
        assertThat(text(TextWidth.wrap("联合学习是一种方法。", Style.NORMAL, 9)))
                .containsExactly("联合学习", "是一种方", "法。");
        assertThat(text(TextWidth.wrap("supercalifragilistic", Style.NORMAL, 8)))
                .containsExactly("supercal", "ifragili", "stic");
        assertThat(TextWidth.wrap("联邦学习 federated learning 联邦学习", Style.NORMAL, 13))
                .allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(13));
    }

    @Test
    void wrappingKeepsStyles() {
        Line l = Line.of("see ", Style.NORMAL, "federated learning", Style.MARK, " here", Style.NORMAL);
        List<Line> wrapped = TextWidth.wrap(l, 14);
        assertThat(wrapped.get(0).runs()).containsExactly(new TextRun("see ", Style.NORMAL),
                new TextRun("federated", Style.MARK));
        assertThat(wrapped.get(1).runs().get(0)).isEqualTo(new TextRun("learning", Style.MARK));
    }

    @Test
    void chunksSplitAtColumnsWithoutCuttingWideCharacters() {
        assertThat(text(TextWidth.chunk(Line.of("ab联邦学"), 5))).containsExactly("ab联", "邦学");
    }

    private static List<String> text(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}
