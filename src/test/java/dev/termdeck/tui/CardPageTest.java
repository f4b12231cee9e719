package dev.termdeck.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.store.Review;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The card screen in every mode, in both UI languages, on a virtual terminal. */
class CardPageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Lang.class)
    void flipShowsThePromptThenTheAnswerWithItsDetailsAndCommitsTheGrade(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            Question q = question(h);
            Messages msg = h.msg();

            assertThat(h.screen()).contains(q.prompt(), "Space", msg.get("tui.card.reveal"),
                    msg.phase(q.phase()), msg.direction(Direction.EN_ZH), msg.get("tui.count.new", 10),
                    msg.get("tui.count.learning", 0), msg.get("tui.count.review", 0))
                    .doesNotContain(q.answer());

            h.type(" ");
            String shown = h.screen();
            assertThat(shown).contains(msg.get("card.answer"), q.answer(), msg.grade(Grade.AGAIN),
                    msg.grade(Grade.EASY), "▶3 " + msg.grade(Grade.GOOD) + "◀");
            if (q.card().pinyin() != null) {
                assertThat(shown).contains(msg.get("card.pinyin"), q.card().pinyin());
            }
            if (q.card().abbr() != null) {
                assertThat(shown).contains(q.card().abbr());
            }

            h.type("2");
            List<Review> log = h.store.reviews(List.of("ml-mini"), TuiHarness.START);
            assertThat(log).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(q.key());
                assertThat(r.grade()).isEqualTo(Grade.HARD);
                assertThat(r.mode()).isEqualTo(Mode.FLIP);
            });
            assertThat(question(h).key()).isNotEqualTo(q.key());
            assertThat(h.screen()).contains(msg.get("tui.count.new", 9), msg.get("tui.count.learning", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aDefinitionSaysWhereItComesFrom(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 100, 30).start(lang, Direction.TERM_DEF, Mode.FLIP)) {
            Question q = question(h);
            h.type(" ");
            assertThat(q.definitionSource()).isNotNull();
            assertThat(h.screen()).contains(h.msg().get("card.definitionFrom"),
                    h.msg().definitionSource(q.definitionSource().code()));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void sourceSentenceHighlightsTheTermInBoldUnderline(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            while (question(h).context() == null || question(h).context().highlights().isEmpty()) {
                h.type(" ").type("3");
            }
            Question q = question(h);
            h.type(" ");
            String term = q.context().text().substring(q.context().highlights().get(0).start(),
                    q.context().highlights().get(0).end());
            int row = rowOf(h, h.msg().get("card.source"));
            int col = h.rows().get(row).indexOf(term.substring(0, 1));
            assertThat(col).isPositive();
            int column = DisplayWidth.of(h.rows().get(row).substring(0, col));
            assertThat(h.cell(column, row).getModifiers()).contains(SGR.BOLD, SGR.UNDERLINE);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void typedAnswerShowsTheDiffAndProposesAGradeThatEnterAccepts(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.ZH_EN, Mode.TYPE)) {
            Question q = question(h);
            Messages msg = h.msg();
            assertThat(h.screen()).contains(q.prompt(), msg.get("tui.card.yourAnswer", msg.get("lang.en")));

            String typo = q.answer().substring(0, q.answer().length() - 1) + "x";
            h.type(typo);
            assertThat(h.screen()).contains("› " + typo);
            assertThat(h.screen()).doesNotContain(msg.get("card.answer") + " ");
            h.press(KeyType.Enter);
            String shown = h.screen();
            assertThat(shown).contains(msg.get("card.diff"), q.answer());
            assertThat(shown).containsAnyOf("✗ " + msg.verdict(dev.termdeck.study.answer.AnswerCheck.Verdict.WRONG),
                    "≈ " + msg.verdict(dev.termdeck.study.answer.AnswerCheck.Verdict.CLOSE));
            assertThat(shown.lines().filter(l -> l.strip().matches("[-+ ]+") && l.contains("+") && l.contains("-")))
                    .isNotEmpty();

            h.press(KeyType.Enter);
            Review r = h.store.reviews(List.of("ml-mini"), TuiHarness.START).get(0);
            assertThat(r.answer()).isEqualTo(typo);
            assertThat(r.grade()).isIn(Grade.AGAIN, Grade.HARD);
            assertThat(r.mode()).isEqualTo(Mode.TYPE);

            Question next = question(h);
            h.type(next.answer()).press(KeyType.Enter);
            assertThat(h.screen()).contains("✓ " + msg.verdict(dev.termdeck.study.answer.AnswerCheck.Verdict.CORRECT),
                    "▶3 " + msg.grade(Grade.GOOD) + "◀", msg.get("tui.card.proposed", msg.grade(Grade.GOOD)));
            h.type("4");
            assertThat(h.store.reviews(List.of("ml-mini"), TuiHarness.START).get(1).grade()).isEqualTo(Grade.EASY);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void chineseTypedAnswerIsCheckedAndTheFieldTakesWideCharacters(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.TYPE)) {
            Question q = question(h);
            h.type(q.answer() + "x").press(KeyType.Backspace);
            assertThat(h.screen()).contains("› " + q.answer());
            assertThat(h.screen.getCursorPosition().getColumn()).isEqualTo(6 + DisplayWidth.of(q.answer()));
            h.press(KeyType.Enter);
            assertThat(h.screen()).contains("✓");
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void escapeLeavesTheFieldSoThatCommandKeysWork(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.TYPE)) {
            h.type("q?");
            assertThat(h.app.done()).isFalse();
            assertThat(h.screen()).contains("› q?");
            h.press(KeyType.Escape).type("?");
            assertThat(h.app.state().pages().current()).isInstanceOf(HelpPage.class);
            h.press(KeyType.Escape).type("u");
            assertThat(h.screen()).contains("› q?u");
            h.press(KeyType.Escape).type("i").type("x");
            assertThat(h.screen()).contains("› q?ux");
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void typingADefinitionNeverActsAsCommandsAndTheFieldKeepsItsKeysAfterSettings(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.TERM_DEF, Mode.TYPE)) {
            String typed = "overfitting happens when the model learns noise";
            h.type(typed);
            assertThat(h.app.state().pages().current()).isInstanceOf(CardPage.class);
            assertThat(h.screen()).contains("› " + typed.substring(0, 30));
            assertThat(h.store.reviews(List.of("ml-mini"), TuiHarness.START)).isEmpty();

            h.press(KeyType.Escape).type("o");
            assertThat(h.app.state().pages().current()).isInstanceOf(SettingsPage.class);
            h.press(KeyType.Escape).type(" and fails");
            assertThat(h.app.state().pages().current()).isInstanceOf(CardPage.class);
            assertThat(((CardPage) h.app.state().pages().current()).input().text()).isEqualTo(typed + " and fails");
            assertThat(h.msg().lang()).isEqualTo(lang);

            h.press(KeyType.Escape).type("h");
            assertThat(((CardPage) h.app.state().pages().current()).input().text()).endsWith("failsh");
            h.press(KeyType.Enter);
            assertThat(h.screen().replaceAll("\\s+", " ")).contains(h.msg().get("tui.card.notChecked"));
            assertThat(h.screen()).contains(question(h).answer().substring(0, 20));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void choiceOffersFourOptionsAndMarksTheRightAndTheWrongOne(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.CHOICE)) {
            Question q = question(h);
            assertThat(q.choices()).hasSize(4);
            String screen = h.screen();
            for (int i = 0; i < 4; i++) {
                assertThat(screen).contains((char) ('a' + i) + "  " + q.choices().get(i));
            }
            int wrong = q.correctChoice() == 0 ? 1 : 0;
            h.type(String.valueOf((char) ('a' + wrong)));
            String shown = h.screen();
            assertThat(shown).contains("✗ " + (char) ('a' + wrong) + "  " + q.choices().get(wrong),
                    "✓ " + (char) ('a' + q.correctChoice()) + "  " + q.answer(),
                    "▶1 " + h.msg().grade(Grade.AGAIN) + "◀");
            h.press(KeyType.Enter);
            Review r = h.store.reviews(List.of("ml-mini"), TuiHarness.START).get(0);
            assertThat(r.grade()).isEqualTo(Grade.AGAIN);
            assertThat(r.answer()).isEqualTo(q.choices().get(wrong));

            Question next = question(h);
            for (int i = 0; i < next.correctChoice(); i++) {
                h.press(KeyType.ArrowDown);
            }
            h.press(KeyType.Enter);
            assertThat(h.screen()).contains("✓ " + (char) ('a' + next.correctChoice()) + "  " + next.answer(),
                    "▶3 " + h.msg().grade(Grade.GOOD) + "◀");
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void clozeBlanksTheTermAndChecksTheTypedOne(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.CLOZE)) {
            Question q = question(h);
            if (q.mode() == Mode.CLOZE) {
                assertThat(h.screen()).contains(Question.BLANK);
            }
            h.type(q.answer()).press(KeyType.Enter);
            assertThat(h.screen()).contains("✓", q.answer());
            h.press(KeyType.Enter);
            assertThat(h.store.reviews(List.of("ml-mini"), TuiHarness.START).get(0).grade()).isEqualTo(Grade.GOOD);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void undoTakesBackTheLastAnswerAndAsksItAgain(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            CardKey first = question(h).key();
            h.type(" ").type("1");
            assertThat(h.store.reviews(List.of("ml-mini"), TuiHarness.START)).hasSize(1);

            h.type("u");
            assertThat(question(h).key()).isEqualTo(first);
            assertThat(h.store.reviews(List.of("ml-mini"), TuiHarness.START)).isEmpty();
            assertThat(h.screen()).contains(h.msg().undone(dev.termdeck.study.Undone.Kind.ANSWER,
                    question(h).card().term().en()));

            h.type("u");
            assertThat(h.screen()).contains(h.msg().get("plain.nothingToUndo"));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void answeringEveryCardEndsOnTheSummary(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24, "basics").start(lang, Direction.TERM_DEF, Mode.FLIP)) {
            int answers = 0;
            while (h.app.state().pages().current() instanceof CardPage) {
                h.type(" ").type(answers == 0 ? "1" : "4");
                answers++;
                if (answers == 1) {
                    h.clock.advance(java.time.Duration.ofMinutes(5));
                }
            }
            Messages msg = h.msg();
            assertThat(h.app.state().pages().current()).isInstanceOf(SummaryPage.class);
            String screen = h.screen();
            assertThat(screen).contains(msg.get("session.done"), msg.get("tui.summary.title"),
                    msg.grade(Grade.AGAIN), msg.grade(Grade.EASY), "█");
            assertThat(screen).contains(msg.get("session.summary", answers, 3, 3, msg.duration(300_000)));

            h.press(KeyType.Enter);
            assertThat(h.app.state().pages().current()).isInstanceOf(DeckListPage.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theSummarySaysALearningCardAlreadyDueIsDueNow(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.FLIP)) {
            h.type(" ").type("1");
            h.clock.advance(java.time.Duration.ofMinutes(8));
            h.press(KeyType.Escape);

            assertThat(h.app.state().pages().current()).isInstanceOf(SummaryPage.class);
            assertThat(h.screen().replaceAll("\\s+", "")).contains(
                    h.msg().get("session.learningLeftNow", 1).replaceAll("\\s+", ""));
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyLineFitsTheWidthAndWideCharactersAreNeverCut(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 60, 18).start(lang, Direction.DEF_TERM, Mode.FLIP)) {
            for (int i = 0; i < 6; i++) {
                h.type(" ");
                assertThat(h.rows()).allSatisfy(r -> assertThat(DisplayWidth.of(r)).isLessThanOrEqualTo(60));
                for (int row = 0; row < 18; row++) {
                    for (int col = 0; col < 60; col++) {
                        if (h.cell(col, row).isDoubleWidth()) {
                            assertThat(col).as("a wide character starts in the last column").isLessThan(59);
                            col++;
                        }
                    }
                }
                h.type("3");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void ctrlCQuitsAtOnce(Lang lang) throws Exception {
        try (TuiHarness h = TuiHarness.create(dir, 80, 24).start(lang, Direction.EN_ZH, Mode.TYPE)) {
            h.type("abc").press(new KeyStroke('c', true, false));
            assertThat(h.app.done()).isTrue();
        }
    }

    static Question question(TuiHarness h) {
        assertThat(h.app.state().pages().current()).isInstanceOf(CardPage.class);
        return ((CardPage) h.app.state().pages().current()).question();
    }

    static int rowOf(TuiHarness h, String text) {
        List<String> rows = h.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row with '" + text + "' in\n" + h.screen());
    }
}
