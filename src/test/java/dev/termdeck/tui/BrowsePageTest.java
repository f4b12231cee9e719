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

/** Browsing and searching cards, in both UI languages. */
class BrowsePageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void listsEveryCardThenNarrowsAsTheQueryIsTyped(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "ml-mini", "basics")
                .start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.type("/");
            Messages msg = h.msg();
            assertThat(h.screen()).contains(msg.get("browse.title"), msg.get("browse.search") + ":",
                    msg.get("tui.browse.count", 15), "attention", "注意力", "basics");

            h.type("联邦");
            String screen = h.screen();
            assertThat(screen).contains(msg.get("tui.browse.count", 1), "▶ federated learning", "联邦学习",
                    "lián bāng xué xí", "Training a model across many client devices");
            assertThat(h.screen.getCursorPosition().getRow()).isEqualTo(PageFrame.BODY_TOP);

            h.type("zzz");
            assertThat(h.screen()).contains(msg.get("browse.noMatch"));
            h.ctrl('u').type("lian bang");
            assertThat(h.screen()).contains("federated learning");

            h.press(KeyType.Escape);
            assertThat(h.app.state().pages().current()).isInstanceOf(CardPage.class);
        }
    }
}
