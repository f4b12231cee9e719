package dev.termdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void cjkCharactersTakeTwoColumnsAndCombiningMarksNone() {
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of("联邦学习")).isEqualTo(8);
        assertThat(DisplayWidth.of("（FL）")).isEqualTo(6);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("𠀀")).isEqualTo(2);
        assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2);
    }

    @Test
    void truncationNeverCutsAWideCharacter() {
        assertThat(DisplayWidth.truncate("联邦学习", 5)).isEqualTo("联邦…");
        assertThat(DisplayWidth.truncate("联邦学习", 8)).isEqualTo("联邦学习");
        assertThat(DisplayWidth.fit("a联邦", 2)).isEqualTo("a");
        assertThat(DisplayWidth.truncate("𠀀𠀀", 3)).isEqualTo("𠀀…");
        assertThat(DisplayWidth.pad("联邦", 6)).isEqualTo("联邦  ");
        assertThat(DisplayWidth.padLeft("联邦", 6)).isEqualTo("  联邦");
    }
}
