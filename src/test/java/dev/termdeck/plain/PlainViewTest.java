package dev.termdeck.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.study.LoadedDeck;
import dev.termdeck.study.Library;
import dev.termdeck.study.StudyRun;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.settings.RunChoices;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.study.settings.SettingsFile;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.testing.Scripts;
import dev.termdeck.ui.Messages;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line-by-line view over a real session, store and deck copies, with a clock the test moves. */
class PlainViewTest {
    private static final Instant START = Instant.parse("2026-03-10T10:00:00Z");

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock();

    @Test
    void aLearningCardDueBeforeTheSessionEndsIsDueNowNotAtATimeGoneBy() throws Exception {
        // Again puts the card in its 1-minute step; the next answer comes 5 minutes later, the input then ends.
        clock.step = Duration.ofMinutes(5);
        String out = run(new RunChoices(Direction.EN_ZH, Mode.FLIP, 2, 100), "\n1\n\n3\n");

        Messages en = Messages.of(Lang.EN);
        assertThat(out).contains(en.get("session.learningLeftNow", 1)).doesNotContain("due at");
    }

    @Test
    void cardCommandsActOnTheCardAskedAndSayWhatTheyDidInOneLine() throws Exception {
        String out = run(new RunChoices(Direction.EN_ZH, Mode.FLIP, 3, 100),
                ":flag\n:suspend\n\n:delete\n:undo\n\n3\n:add\nknowledge distillation\n知识蒸馏\n\n:bury\n:quit\n");

        assertThat(out).contains("[3 new · 0 learning · 0 review] ml-mini · new\nlarge language model\n");
        assertThat(out).contains("flagged large-language-model\n", "suspended large-language-model\n",
                "deleted super-resolution\n", Messages.of(Lang.EN).undone(dev.termdeck.study.Undone.Kind.DELETE,
                        "super-resolution"), "saved super-resolution good\n", "added knowledge-distillation\n",
                "buried graph-neural-network\n");
        assertThat(out.indexOf("deleted super-resolution")).isLessThan(out.indexOf("saved super-resolution"));
        dev.termdeck.deck.Deck deck = dev.termdeck.deck.DeckJson.read(dir.resolve("decks/ml-mini.deck.json"));
        assertThat(deck.card("super-resolution")).isPresent();
        assertThat(deck.card("knowledge-distillation").orElseThrow().term().zh()).isEqualTo("知识蒸馏");
    }

    @Test
    void anUnknownCommandIsNamedAndTheSamePromptAskedAgain() throws Exception {
        String out = run(new RunChoices(Direction.EN_ZH, Mode.FLIP, 1, 100), ":frob\n\n:flag\n3\n");

        assertThat(out).contains(Messages.of(Lang.EN).get("plain.badCommand", ":frob"), "flagged large-language-model",
                "saved large-language-model good");
    }

    private String run(RunChoices choices, String input) throws Exception {
        List<LoadedDeck> decks = dev.termdeck.study.Fixtures.copyTo(dir.resolve("decks"), "ml-mini");
        try (ProgressStore store = ProgressStore.open(dir.resolve("progress.db"))) {
            Library library = new Library(decks, store, FsrsParameters.defaults().withFuzz(false),
                    new AnswerChecker(Scripts.simplifiedOnly()), clock, new Random(1));
            StringWriter out = new StringWriter();
            PlainView view = new PlainView(new BufferedReader(new StringReader(input)), new PrintWriter(out));
            Settings s = Settings.defaults().withUiLang(Lang.EN);
            view.run(new StudyRun(library, choices, Lang.EN, s, new SettingsFile(dir.resolve("settings.json")),
                    false));
            return out.toString();
        }
    }

    /** A clock that moves on by {@link #step} each time a line is read (every instant asked after a read). */
    private static final class MovingClock extends Clock {
        private Instant now = START;
        Duration step = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant t = now;
            now = now.plus(step);
            return t;
        }
    }
}
