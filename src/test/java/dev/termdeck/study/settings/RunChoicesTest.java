package dev.termdeck.study.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import org.junit.jupiter.api.Test;

class RunChoicesTest {
    private final Settings saved = Settings.defaults().withMode(Mode.TYPE).withLimits(10, 100);

    @Test
    void whatWasNotChosenFollowsTheSettings() {
        assertThat(RunChoices.NONE.over(saved)).isEqualTo(new SessionOptions(Direction.EN_ZH, Mode.TYPE, 10, 100));
    }

    @Test
    void aChoiceForTheRunWinsOverItsSetting() {
        RunChoices chosen = new RunChoices(Direction.ZH_EN, null, 5, null);

        assertThat(chosen.over(saved)).isEqualTo(new SessionOptions(Direction.ZH_EN, Mode.TYPE, 5, 100));
    }

    @Test
    void aChoiceStaysUntilItsOwnSettingChanges() {
        RunChoices chosen = new RunChoices(Direction.ZH_EN, Mode.CHOICE, null, null);
        Settings otherMode = saved.withMode(Mode.CLOZE);

        RunChoices after = chosen.afterChange(saved, otherMode);

        assertThat(after.over(otherMode)).isEqualTo(new SessionOptions(Direction.ZH_EN, Mode.CLOZE, 10, 100));
        Settings otherLimits = otherMode.withLimits(30, 300);
        assertThat(after.afterChange(otherMode, otherLimits).over(otherLimits))
                .isEqualTo(new SessionOptions(Direction.ZH_EN, Mode.CLOZE, 30, 300));
    }
}
