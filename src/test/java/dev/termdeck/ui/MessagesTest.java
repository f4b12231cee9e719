package dev.termdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.study.answer.AnswerCheck;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.schedule.Phase;
import dev.termdeck.study.store.ProgressStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages en = Messages.of(Lang.EN);
    private final Messages zh = Messages.of(Lang.ZH);

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = load("Messages.properties");
        Properties chinese = load("Messages_zh.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(100);
    }

    @Test
    void everyValueShownHasANameInBothLanguages() {
        for (Messages m : new Messages[] {en, zh}) {
            for (Grade g : Grade.values()) {
                assertThat(m.grade(g)).isNotBlank();
            }
            for (Direction d : Direction.values()) {
                assertThat(m.direction(d)).isNotBlank();
            }
            for (Mode mode : Mode.values()) {
                assertThat(m.mode(mode)).isNotBlank();
            }
            for (Phase p : Phase.values()) {
                assertThat(m.phase(p)).isNotBlank();
            }
            for (AnswerCheck.Verdict v : AnswerCheck.Verdict.values()) {
                assertThat(m.verdict(v)).isNotBlank();
            }
            for (dev.termdeck.deck.DefinitionSource s : dev.termdeck.deck.DefinitionSource.values()) {
                assertThat(m.has("definition.from." + s.code())).as(s.code()).isTrue();
            }
            for (ProgressStoreException.Problem p : ProgressStoreException.Problem.values()) {
                assertThat(m.has("error.store." + p.name().toLowerCase(Locale.ROOT))).as(p.name()).isTrue();
            }
        }
    }

    @Test
    void chineseStringsAreChineseAndReadAsUtf8() {
        assertThat(zh.grade(Grade.GOOD)).isEqualTo("良好");
        assertThat(zh.direction(Direction.EN_ZH)).isEqualTo("英文 → 中文");
        assertThat(en.direction(Direction.EN_ZH)).isEqualTo("English → Chinese");
        assertThat(zh.get("session.summary", 3, 2, 1, "1 分钟")).isEqualTo("共 3 次回答，2 张卡片（1 张新卡），用时 1 分钟。");
    }

    @Test
    void englishCountsAgreeInNumber() {
        assertThat(en.get("session.summary", 1, 1, 1, "3 s")).isEqualTo("1 answer, 1 card (1 new) in 3 s.");
        assertThat(en.get("session.summary", 0, 2, 0, "3 s")).isEqualTo("0 answers, 2 cards (0 new) in 3 s.");
        assertThat(en.get("session.learningLeft", 1, "04:36"))
                .isEqualTo("1 card is still in the learning steps; the next is due at 04:36.");
        assertThat(en.get("tui.goodbye", 1, "3 s")).isEqualTo("1 answer saved (3 s of study).");
        assertThat(en.get("tui.goodbye", 1234, "3 min")).isEqualTo("1,234 answers saved (3 min of study).");
    }

    @Test
    void englishStaysEnglishOnAChineseSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Messages.of(Lang.EN).grade(Grade.AGAIN)).isEqualTo("Again");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theLanguageComesFromTheCommandLineThenTheSettingsThenTheLocale() {
        assertThat(Messages.chooseLang(Lang.ZH, Lang.EN, Locale.ENGLISH)).isEqualTo(Lang.ZH);
        assertThat(Messages.chooseLang(null, Lang.ZH, Locale.ENGLISH)).isEqualTo(Lang.ZH);
        assertThat(Messages.chooseLang(null, null, Locale.TRADITIONAL_CHINESE)).isEqualTo(Lang.ZH);
        assertThat(Messages.chooseLang(null, null, Locale.FRENCH)).isEqualTo(Lang.EN);
    }

    @Test
    void everyPatternFormats() throws IOException {
        for (String file : new String[] {"Messages.properties", "Messages_zh.properties"}) {
            Properties p = load(file);
            Messages m = file.contains("_zh") ? zh : en;
            for (String key : p.stringPropertyNames()) {
                if (p.getProperty(key).contains(",choice,")) {
                    for (int n = 0; n <= 2; n++) {
                        String text = m.get(key, n, n, n, n, n);
                        assertThat(text).as(file + " " + key + " " + n).doesNotContain("{").isNotBlank();
                    }
                } else {
                    String text = m.get(key, "A", "B", "C", "D", "E");
                    assertThat(text).as(file + " " + key).doesNotContain("{").isNotBlank();
                }
            }
        }
    }

    @Test
    void durationsAndPercentages() {
        assertThat(en.duration(42_000)).isEqualTo("42 s");
        assertThat(en.duration(150_000)).isEqualTo("3 min");
        assertThat(zh.duration(150_000)).isEqualTo("3 分钟");
        assertThat(en.percent(0.834)).isEqualTo("83%");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/dev/termdeck/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
