package dev.termdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.deck.Generated;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exports say where a definition comes from, in the definition's language, and Anki fields read back without it. */
class DefinitionLabelsTest {
    private static final Card DROPOUT = Card.builder("dropout").term(new Bilingual("dropout", "丢弃法"))
            .definition(Lang.EN, "A regularizer that zeroes random units while training.", DefinitionSource.DICTIONARY)
            .definition(Lang.ZH, "训练时随机将部分神经元的输出置零。", DefinitionSource.ABSTRACT).build();
    private static final Deck DECK = Deck.of("d", Bilingual.of(Lang.EN, "D"), new Generated("t", null, List.of()),
            List.of(DROPOUT));

    @Test
    void ankiFieldsShowTheSourceAndReadBackTheDefinitionAlone() {
        String field = AnkiFields.render(DROPOUT).get(3);
        assertThat(field).contains("while training. <span class=\"from\">(dictionary)</span></div>",
                "置零。 <span class=\"from\">（摘要原文）</span></div>");

        AnkiFields.Parsed back = AnkiFields.parse("dropout", "丢弃法", "", field, "");
        assertThat(back.definition()).isEqualTo(DROPOUT.definition());
    }

    @Test
    void handoutsShowTheSourceAfterEachDefinition() {
        assertThat(Fixtures.export(Format.HTML, DECK, ExportDirection.EN_ZH))
                .contains("while training. <span class=\"from\">(dictionary)</span></p>")
                .contains("置零。 <span class=\"from\">（摘要原文）</span></p>");
        assertThat(Fixtures.export(Format.MD, DECK, ExportDirection.EN_ZH))
                .contains("while training. *(dictionary)*").contains("置零。 *（摘要原文）*");
    }

    @Test
    void aDefinitionOfUnknownSourceHasNoLabel() {
        Card old = DROPOUT.toBuilder().definitionSource(dev.termdeck.deck.DefinitionSources.NONE).build();
        assertThat(AnkiFields.render(old).get(3)).doesNotContain("class=\"from\"");
    }

    @Test
    void aComposedDefinitionSaysSoInBothLanguagesAndReadsBackAlone() {
        Card flow = Card.builder("optical-flow-estimation").term(new Bilingual("optical flow estimation", "光流估计"))
                .definition(Lang.EN, "Estimating the optical flow: the apparent per-pixel motion between two video "
                        + "frames.", DefinitionSource.COMPOSED)
                .definition(Lang.ZH, "估计光流。光流指相邻两帧图像之间每个像素的表观运动。", DefinitionSource.COMPOSED).build();
        String field = AnkiFields.render(flow).get(3);

        assertThat(field).contains("video frames. <span class=\"from\">(composed from the dictionary)</span></div>",
                "表观运动。 <span class=\"from\">（词典组合）</span></div>");
        assertThat(AnkiFields.parse("optical flow estimation", "光流估计", "", field, "").definition())
                .isEqualTo(flow.definition());
    }

    @Test
    void everySourceHasALabelInBothLanguages() {
        for (DefinitionSource s : DefinitionSource.values()) {
            Card c = DROPOUT.toBuilder().definition(Lang.EN, "A thing.", s).definition(Lang.ZH, "一种东西。", s).build();
            assertThat(DefinitionLabels.of(c, Lang.EN)).as(s.code()).isNotBlank();
            assertThat(DefinitionLabels.of(c, Lang.ZH)).as(s.code()).isNotBlank();
        }
    }
}
