package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.termdeck.ui.DisplayWidth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    @Test
    void everyCharacterTakesTheColumnsTheScreenDrawsItIn() {
        for (int cp = 0x20; cp <= 0xFFFF; cp++) {
            if (Character.isSurrogate((char) cp) || DisplayWidth.of(cp) == 0) {
                continue;
            }
            int screen = TerminalTextUtils.isCharDoubleWidth((char) cp) ? 2 : 1;
            assertThat(DisplayWidth.of(cp)).as("U+%04X", cp).isEqualTo(screen);
        }
    }

    @Test
    void aLineIsTruncatedWithAnEllipsisInItsLastStyleNeverCuttingAWideCharacter() {
        Line cut = TextWrap.truncate(Line.of("ab", Style.BOLD, "联邦学习", Style.MARK), 7);

        assertThat(cut.text()).isEqualTo("ab联邦…");
        assertThat(cut.runs()).extracting(TextRun::style).containsExactly(Style.BOLD, Style.MARK, Style.MARK);
    }

    @Test
    void latinWrapsBetweenWordsAndChineseBetweenCharactersButNotBeforeClosingPunctuation() {
        assertThat(text(TextWrap.wrap("a language model with many parameters", Style.NORMAL, 16)))
                .containsExactly("a language model", "with many", "parameters");
        assertThat(text(TextWrap.wrap("联合学习是一种方法。", Style.NORMAL, 9)))
                .containsExactly("联合学习", "是一种方", "法。");
        assertThat(text(TextWrap.wrap("supercalifragilistic", Style.NORMAL, 8)))
                .containsExactly("supercal", "ifragili", "stic");
        assertThat(TextWrap.wrap("联邦学习 federated learning 联邦学习", Style.NORMAL, 13))
                .allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(13));
    }

    @Test
    void wrappingKeepsStyles() {
        Line l = Line.of("see ", Style.NORMAL, "federated learning", Style.MARK, " here", Style.NORMAL);
        List<Line> wrapped = TextWrap.wrap(l, 14);
        assertThat(wrapped.get(0).runs()).containsExactly(new TextRun("see ", Style.NORMAL),
                new TextRun("federated", Style.MARK));
        assertThat(wrapped.get(1).runs().get(0)).isEqualTo(new TextRun("learning", Style.MARK));
    }

    @Test
    void chunksSplitAtColumnsWithoutCuttingWideCharacters() {
        assertThat(text(TextWrap.chunk(Line.of("ab联邦学"), 5))).containsExactly("ab联", "邦学");
    }

    private static List<String> text(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}
