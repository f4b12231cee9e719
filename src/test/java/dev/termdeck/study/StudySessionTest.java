package dev.termdeck.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.schedule.CardState;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.schedule.Phase;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.study.store.Review;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudySessionTest {
    /** 10:00 UTC: the study day began at 04:00. */
    private static final Instant MORNING = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(MORNING, ZoneOffset.UTC);
    private ProgressStore store;
    private List<LoadedDeck> decks;

    @BeforeEach
    void open() {
        store = ProgressStore.open(dir.resolve("data/progress.db"));
        decks = Fixtures.copyTo(dir.resolve("decks"), "ml-mini", "basics");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void newCardsComeMostValuableFirstWithinTheDailyLimit() {
        StudySession s = session(options(Direction.EN_ZH, 3, 100), "ml-mini");

        assertThat(ids(drainRevealing(s, Grade.EASY))).containsExactly("large-language-model", "super-resolution",
                "graph-neural-network");
    }

    @Test
    void cardsMissingTheDirectionsSideAreNotQueued() {
        StudySession s = session(options(Direction.EN_ZH, 100, 100), "ml-mini");

        assertThat(s.progress().remaining()).isEqualTo(10);
    }

    @Test
    void termToDefinitionLeavesOutCardsWithoutADefinitionAndSaysHowMany() {
        StudySession defs = session(options(Direction.TERM_DEF, 100, 100), "ml-mini");
        assertThat(defs.progress().remaining()).isEqualTo(11);
        assertThat(defs.skipped()).isEqualTo(new SessionSummary.Skipped(1, SessionSummary.SkipReason.DEFINITION));
        assertThat(defs.summary().skipped()).isEqualTo(defs.skipped());

        StudySession terms = session(options(Direction.EN_ZH, 100, 100), "ml-mini");
        assertThat(terms.skipped()).isEqualTo(new SessionSummary.Skipped(2, SessionSummary.SkipReason.BILINGUAL));
    }

    @Test
    void eachAnswerIsInTheStoreBeforeTheNextQuestion() {
        StudySession s = session(options(Direction.EN_ZH, 5, 100), "ml-mini");
        Question first = s.current().orElseThrow();
        clock.advance(Duration.ofMillis(2_500));

        Review r = s.answer(Grade.GOOD, "大型语言模型");

        assertThat(store.state(first.key())).contains(r.after());
        assertThat(store.reviews(List.of("ml-mini"), MORNING)).singleElement().satisfies(back -> {
            assertThat(back.elapsedMs()).isEqualTo(2_500);
            assertThat(back.answer()).isEqualTo("大型语言模型");
            assertThat(back.direction()).isEqualTo(Direction.EN_ZH);
            assertThat(back.mode()).isEqualTo(Mode.FLIP);
        });
        assertThat(s.current().orElseThrow().key()).isNotEqualTo(first.key());
    }

    @Test
    void aCardInItsLearningStepsComesBackWhenDueAndTheSessionFinishesItsSteps() {
        StudySession s = session(options(Direction.EN_ZH, 2, 100), "ml-mini");
        String first = s.current().orElseThrow().key().card();
        s.answer(Grade.GOOD, null);
        String second = s.current().orElseThrow().key().card();

        assertThat(second).isNotEqualTo(first);
        s.answer(Grade.GOOD, null);
        // Nothing else is left: the learning cards come early (within 20 minutes), first due first.
        assertThat(s.current().orElseThrow().key().card()).isEqualTo(first);
        s.answer(Grade.GOOD, null);
        assertThat(s.current().orElseThrow().key().card()).isEqualTo(second);
        s.answer(Grade.GOOD, null);
        assertThat(s.current()).isEmpty();
        assertThat(store.states("ml-mini").values()).allSatisfy(st -> assertThat(st.phase()).isEqualTo(Phase.REVIEW));
    }

    @Test
    void theNewCardLimitCountsCardsStartedEarlierToday() {
        drainRevealing(session(options(Direction.EN_ZH, 2, 100), "ml-mini"), Grade.EASY);
        clock.advance(Duration.ofHours(2));

        StudySession later = session(options(Direction.EN_ZH, 3, 100), "ml-mini");
        assertThat(drainRevealing(later, Grade.EASY)).hasSize(1);

        clock.advance(Duration.ofDays(1));
        StudySession tomorrow = session(options(Direction.EN_ZH, 3, 0), "ml-mini");
        assertThat(drainRevealing(tomorrow, Grade.EASY)).hasSize(3);
    }

    @Test
    void reviewsComeBackOnTheDayTheyAreDueWithinTheReviewLimit() {
        drainRevealing(session(options(Direction.EN_ZH, 4, 100), "ml-mini"), Grade.EASY);
        Instant firstDue = store.states("ml-mini").values().stream().map(CardState::due).min(Instant::compareTo)
                .orElseThrow();
        clock.set(firstDue.minus(Duration.ofHours(1)));

        StudySession due = session(options(Direction.EN_ZH, 0, 100), "ml-mini");
        assertThat(due.current().orElseThrow().phase()).isEqualTo(Phase.REVIEW);
        StudySession limited = session(options(Direction.EN_ZH, 0, 1), "ml-mini");
        assertThat(drainRevealing(limited, Grade.GOOD)).hasSize(1);
        StudySession none = session(options(Direction.EN_ZH, 0, 1), "ml-mini");
        assertThat(none.current()).isEmpty();
    }

    @Test
    void newCardsAreSpreadAmongReviews() {
        drainRevealing(session(options(Direction.EN_ZH, 4, 100), "ml-mini"), Grade.EASY);
        clock.advance(Duration.ofDays(60));

        List<Question> order = drainRevealing(session(options(Direction.EN_ZH, 4, 100), "ml-mini"), Grade.EASY);

        List<Phase> phases = order.stream().map(Question::phase).toList();
        assertThat(phases).hasSize(8);
        assertThat(phases.subList(0, 4)).contains(Phase.NEW, Phase.REVIEW);
    }

    @Test
    void undoRestoresTheCardAndAsksItAgainThenTheCardThatWasShowing() {
        StudySession s = session(options(Direction.EN_ZH, 5, 100), "ml-mini");
        Question first = s.current().orElseThrow();
        s.answer(Grade.AGAIN, "wrong");
        Question second = s.current().orElseThrow();

        Undone undone = s.undo().orElseThrow();

        assertThat(undone).isEqualTo(new Undone(Undone.Kind.ANSWER, first.card()));
        assertThat(s.current()).contains(first);
        assertThat(store.state(first.key())).isEmpty();
        assertThat(store.reviews(List.of("ml-mini"), MORNING)).isEmpty();
        assertThat(s.summary().answered()).isZero();
        s.answer(Grade.GOOD, null);
        assertThat(s.current().orElseThrow().key()).isEqualTo(second.key());
        assertThat(s.undo()).isPresent();
        assertThat(s.undo()).isEmpty();
    }

    @Test
    void summaryCountsAnswersGradesAndWhatIsLeft() {
        StudySession s = session(options(Direction.EN_ZH, 3, 100), "ml-mini");
        s.current();
        clock.advance(Duration.ofSeconds(4));
        s.answer(Grade.AGAIN, null);
        s.current();
        clock.advance(Duration.ofSeconds(6));
        s.answer(Grade.EASY, null);

        SessionSummary sum = s.summary();

        assertThat(sum.answered()).isEqualTo(2);
        assertThat(sum.cards()).isEqualTo(2);
        assertThat(sum.newCards()).isEqualTo(2);
        assertThat(sum.grades()).containsEntry(Grade.AGAIN, 1).containsEntry(Grade.EASY, 1)
                .containsEntry(Grade.GOOD, 0);
        assertThat(sum.timeMs()).isEqualTo(10_000);
        assertThat(sum.learningLeft()).isEqualTo(1);
        assertThat(sum.nextDue()).isEqualTo(MORNING.plusSeconds(4).plus(Duration.ofMinutes(1)));
        assertThat(sum.unseen()).isEqualTo(1);
        assertThat(sum.recalledFraction()).isEqualTo(0.5);
        s.current();
        assertThat(s.summary()).isEqualTo(sum);
    }

    @Test
    void aRebuiltDeckKeepsTheProgressOfTheCardsThatRemain() throws Exception {
        drainRevealing(session(options(Direction.EN_ZH, 3, 100), "ml-mini"), Grade.EASY);
        CardState kept = store.state(new CardKey("ml-mini", "super-resolution")).orElseThrow();
        Deck old = decks.get(0).deck();
        List<Card> rebuilt = new ArrayList<>(old.cards());
        rebuilt.removeIf(c -> c.id().equals("large-language-model"));
        rebuilt.add(Card.builder("diffusion-model").term(new dev.termdeck.deck.Bilingual("diffusion model", "扩散模型"))
                .score(0.99).build());
        DeckJson.write(decks.get(0).file(), old.withCards(rebuilt));
        decks = List.of(new LoadedDeck(decks.get(0).file(), DeckJson.read(decks.get(0).file())));
        clock.advance(Duration.ofDays(1));

        List<Question> next = drainRevealing(session(options(Direction.EN_ZH, 1, 100), "ml-mini"), Grade.GOOD);

        assertThat(store.state(new CardKey("ml-mini", "super-resolution"))).contains(kept);
        assertThat(ids(next)).containsExactly("diffusion-model", "diffusion-model");
        assertThat(library().overview().get(0).newCards()).isEqualTo(12 - 3);
    }

    @Test
    void anEditedCardIsSavedToItsDeckAndShownFromThenOn() throws Exception {
        Library library = library();
        StudySession s = library.session(options(Direction.EN_ZH, 3, 100), List.of("ml-mini"));
        Question q = s.current().orElseThrow();
        Card edited = q.card().toBuilder().term(Lang.ZH, "大语言模型").build();

        Card saved = library.editCard("ml-mini", edited);
        s.replaceCard("ml-mini", saved);

        assertThat(saved.edited()).isTrue();
        assertThat(saved.editedFields()).containsExactly("pinyin", "term.zh");
        assertThat(saved.pinyin()).isEqualTo("dà yǔ yán mó xíng");
        assertThat(s.current().orElseThrow().answer()).isEqualTo("大语言模型");
        Deck onDisk = DeckJson.read(decks.get(0).file());
        assertThat(onDisk.card(q.card().id()).orElseThrow()).isEqualTo(saved);
        assertThat(onDisk.cards()).hasSize(12);
    }

    @Test
    void aChangedDesiredRetentionSchedulesLaterSessionsSooner() {
        Library library = library();
        StudySession relaxed = library.session(options(Direction.EN_ZH, 1, 100), List.of("ml-mini"));
        Review easyRelaxed = relaxed.answer(Grade.EASY, null);
        library.desiredRetention(0.97);
        StudySession strict = library.session(options(Direction.EN_ZH, 1, 100), List.of("basics"));
        Review easyStrict = strict.answer(Grade.EASY, null);

        assertThat(library.parameters().desiredRetention()).isEqualTo(0.97);
        assertThat(Duration.between(easyStrict.time(), easyStrict.after().due()))
                .isLessThan(Duration.between(easyRelaxed.time(), easyRelaxed.after().due()));
    }

    @Test
    void overviewCountsNewDueAndLearningCardsPerDeck() {
        StudySession s = session(options(Direction.EN_ZH, 2, 100), "ml-mini");
        s.answer(Grade.GOOD, null);
        s.answer(Grade.EASY, null);

        List<DeckOverview> o = library().overview();

        assertThat(o).extracting(DeckOverview::name).containsExactly("ml-mini", "basics");
        assertThat(o.get(0).cards()).isEqualTo(12);
        assertThat(o.get(0).newCards()).isEqualTo(10);
        assertThat(o.get(0).learning()).isEqualTo(1);
        assertThat(o.get(0).due()).isEqualTo(1);
        assertThat(o.get(1).newCards()).isEqualTo(3);
    }

    @Test
    void searchFindsCardsByTermPinyinAndDefinition() {
        Library library = library();

        assertThat(library.search("LLM", 5)).extracting(h -> h.card().id()).first().isEqualTo("large-language-model");
        assertThat(library.search("lian bang", 5)).extracting(h -> h.card().id()).containsExactly("federated-learning");
        assertThat(library.search("graph-structured", 5)).extracting(h -> h.card().id())
                .containsExactly("graph-neural-network");
        assertThat(library.search("过拟合", 5)).extracting(CardHit::deck).containsExactly("basics");
        assertThat(library.search("  ", 5)).isEmpty();
    }

    private Library library() {
        return new Library(decks, store, FsrsParameters.defaults().withFuzz(false), new AnswerChecker(dev.termdeck.testing.Scripts.simplifiedOnly()), clock,
                new Random(5));
    }

    private StudySession session(SessionOptions options, String deck) {
        return library().session(options, List.of(deck));
    }

    private static SessionOptions options(Direction d, int newCards, int reviews) {
        return new SessionOptions(d, Mode.FLIP, newCards, reviews);
    }

    /** Answers every question with {@code grade} until the session ends (or 100 answers); the questions asked. */
    private static List<Question> drainRevealing(StudySession s, Grade grade) {
        List<Question> asked = new ArrayList<>();
        while (s.current().isPresent() && asked.size() < 100) {
            asked.add(s.current().get());
            s.answer(grade, null);
        }
        return asked;
    }

    private static List<String> ids(List<Question> qs) {
        return qs.stream().map(q -> q.key().card()).toList();
    }
}
