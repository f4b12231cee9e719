package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.ui.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The help screen lists every key, the current screen's first, in both UI languages. */
class HelpPageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void listsEveryKeyGroupStartingWithTheCurrentScreen(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.CHOICE)) {
            h.type("?");
            Messages msg = h.msg();
            assertThat(h.rows().get(PageFrame.BODY_TOP)).contains(msg.get("tui.help.choice"));
            StringBuilder seen = new StringBuilder(h.screen());
            for (int i = 0; i < 20; i++) {
                h.press(KeyType.PageDown);
                seen.append(h.screen());
            }
            for (HelpPage.Topic t : HelpPage.Topic.values()) {
                assertThat(seen).contains(t.title(msg));
                for (Hint hint : t.hints(msg)) {
                    assertThat(seen).contains(hint.label());
                }
            }
            h.type("?");
            assertThat(h.app.state().pages().current()).isInstanceOf(CardPage.class);
        }
    }
}
