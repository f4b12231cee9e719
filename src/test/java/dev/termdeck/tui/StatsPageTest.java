package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.ui.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The statistics screen in both UI languages. */
class StatsPageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void showsTotalsRetentionChartsAndTheHardestCards(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "basics").start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.type(" ").type("1").type(" ").type("4").type(" ").type("3");
            h.press(KeyType.Escape).type("s");
            assertThat(h.app.state().pages().current()).isInstanceOf(StatsPage.class);
            Messages msg = h.msg();
            String top = h.screen();
            assertThat(top).contains(msg.get("stats.title"), msg.get("stats.totals", 3, 0, 2, 1, 0),
                    msg.get("stats.reviewsPerDay", 30), "┤", "█", msg.get("stats.today"), "02-09");
            assertThat(top.replaceAll("\\s+", "")).contains(msg.get("stats.retentionNone").replaceAll("\\s+", ""),
                    msg.get("stats.answersValue", 2, 3, "67%").replaceAll("\\s+", ""));
            assertThat(top).contains("↓");

            h.press(KeyType.End);
            String bottom = h.screen();
            assertThat(bottom).contains(msg.get("stats.forecast", 30), msg.get("stats.hardest"),
                    msg.get("stats.difficulty"), msg.get("stats.lapses"), "attention · 注意力", "+29");
            assertThat(bottom.lines().filter(l -> l.contains("·") && l.contains("%"))).hasSize(3);

            h.press(KeyType.Escape);
            assertThat(h.app.state().pages().current()).isInstanceOf(SummaryPage.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void saysWhenNothingWasStudied(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "basics").start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.clock.advance(Duration.ofDays(1));
            h.press(KeyType.Escape).type("s").press(KeyType.End);
            assertThat(h.screen()).contains(h.msg().get("tui.stats.noneStudied"));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theScrollArrowNeverCoversTheBody(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "basics").start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.type(" ").type("1").type(" ").type("4").type(" ").type("3");
            h.press(KeyType.Escape).type("s");
            boolean more = true;
            for (int i = 0; i < 60 && more; i++) {
                List<String> rows = h.rows();
                for (int r = PageFrame.BODY_TOP; r < 22; r++) {
                    assertThat(rows.get(r)).doesNotContain("↓");
                }
                more = rows.get(22).endsWith("↓");
                h.press(KeyType.ArrowDown);
            }
            assertThat(more).isFalse();
            assertThat(h.screen()).contains(msg(h).get("stats.hardest"));
        }
    }

    private static Messages msg(TuiHarness h) {
        return h.msg();
    }
}
