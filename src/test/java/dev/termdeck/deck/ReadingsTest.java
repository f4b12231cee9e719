package dev.termdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingsTest {
    private final ChineseScript hanlp = HanLpChinese.get();

    @Test
    void aNewChineseTermGetsItsPinyin() {
        Card typed = Card.builder("fl").term(new Bilingual("federated learning", "联邦学习")).build();

        assertThat(Readings.refresh(null, typed, hanlp).pinyin()).isEqualTo("lián bāng xué xí");
    }

    @Test
    void aChangedTermGetsANewReadingUnlessThePinyinWasChangedWithIt() {
        Card before = Card.builder("fl").term(new Bilingual("federated learning", "联合学习")).pinyin("lián hé xué xí")
                .build();
        Card termChanged = before.toBuilder().term(Lang.ZH, "联邦学习").build();
        Card bothChanged = termChanged.toBuilder().pinyin("my own reading").build();

        assertThat(Readings.refresh(before, termChanged, hanlp).pinyin()).isEqualTo("lián bāng xué xí");
        assertThat(Readings.refresh(before, bothChanged, hanlp).pinyin()).isEqualTo("my own reading");
        assertThat(Readings.refresh(before, before, hanlp)).isSameAs(before);
    }

    @Test
    void aRemovedChineseTermTakesItsPinyinWithIt() {
        Card before = Card.builder("fl").term(new Bilingual("federated learning", "联邦学习")).pinyin("lián bāng xué xí")
                .build();
        Card removed = before.toBuilder().term(Bilingual.of(Lang.EN, "federated learning")).build();

        assertThat(Readings.refresh(before, removed, hanlp).pinyin()).isNull();
    }

    @Test
    void theReadingOfATermAPersonEditedIsMarkedTheirsSoARebuildKeepsIt() {
        Card before = Card.builder("fl").term(new Bilingual("federated learning", "联合学习")).pinyin("lián hé xué xí")
                .build();
        Card edited = before.toBuilder().term(Lang.ZH, "联邦学习").edited(true).editedFields(List.of("term.zh")).build();

        Card refreshed = Readings.refresh(before, edited, hanlp);
        Card rebuilt = DeckMerger.keepEdits(refreshed, before);

        assertThat(refreshed.editedFields()).containsExactly("pinyin", "term.zh");
        assertThat(rebuilt.term().zh()).isEqualTo("联邦学习");
        assertThat(rebuilt.pinyin()).isEqualTo("lián bāng xué xí");
    }
}
