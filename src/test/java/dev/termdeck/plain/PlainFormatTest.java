package dev.termdeck.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.study.SessionSummary;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.schedule.Phase;
import dev.termdeck.ui.Messages;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainFormatTest {
    private static final Card DROPOUT = Card.builder("dropout").term(new Bilingual("dropout", "丢弃法"))
            .definition(Lang.EN, "A regularizer that zeroes random units while training.", DefinitionSource.DICTIONARY)
            .definition(Lang.ZH, "训练时随机将部分神经元的输出置零。", DefinitionSource.ABSTRACT).build();

    @Test
    void theAnswerSaysWhereTheDefinitionComesFromInTheUiLanguage() {
        Question termDef = new Question(new CardKey("d", "dropout"), DROPOUT, Phase.NEW, Direction.TERM_DEF,
                Mode.FLIP, Lang.EN, "dropout", null, Lang.EN, DROPOUT.definition().en(), List.of(), List.of(), -1,
                null);
        assertThat(new PlainFormat(Messages.of(Lang.EN), ZoneOffset.UTC).answer(termDef, null, null))
                .contains("Definition from: termdeck's dictionary");
        Question enZh = new Question(new CardKey("d", "dropout"), DROPOUT, Phase.NEW, Direction.EN_ZH, Mode.FLIP,
                Lang.EN, "dropout", null, Lang.ZH, "丢弃法", List.of(), List.of(), -1, null);
        assertThat(new PlainFormat(Messages.of(Lang.ZH), ZoneOffset.UTC).answer(enZh, null, null))
                .contains("定义: 训练时随机将部分神经元的输出置零。", "定义来源: 摘要原文");
    }

    @Test
    void aComposedDefinitionSaysItIsComposedFromTheDictionary() {
        Card flow = Card.builder("optical-flow-estimation").term(new Bilingual("optical flow estimation", "光流估计"))
                .definition(Lang.EN, "Estimating the optical flow: the apparent per-pixel motion between two video "
                        + "frames.", DefinitionSource.COMPOSED).build();
        Question termDef = new Question(new CardKey("d", "optical-flow-estimation"), flow, Phase.NEW,
                Direction.TERM_DEF, Mode.FLIP, Lang.EN, "optical flow estimation", null, Lang.EN,
                flow.definition().en(), List.of(), List.of(), -1, null);
        assertThat(new PlainFormat(Messages.of(Lang.EN), ZoneOffset.UTC).answer(termDef, null, null))
                .contains("Definition from: composed from termdeck's dictionary entries");
        assertThat(new PlainFormat(Messages.of(Lang.ZH), ZoneOffset.UTC).answer(termDef, null, null))
                .contains("定义来源: 由 termdeck 词典词条组合而成");
    }

    @Test
    void theSummarySaysHowManyCardsWereLeftOut() {
        SessionSummary s = new SessionSummary(0, 0, 0, Map.of(), 0, 0, null, 0,
                new SessionSummary.Skipped(3, SessionSummary.SkipReason.DEFINITION));
        assertThat(new PlainFormat(Messages.of(Lang.EN), ZoneOffset.UTC).summary(s, java.time.Instant.EPOCH))
                .contains("3 cards have no definition and are left out of this direction.");
        assertThat(new PlainFormat(Messages.of(Lang.ZH), ZoneOffset.UTC).summary(s, java.time.Instant.EPOCH))
                .contains("3 张卡片没有定义，未列入这个方向的练习。");
    }
}
