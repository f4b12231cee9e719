package dev.termdeck.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.DeckMerger;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.deck.Removal;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.store.CardMark;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.testing.Scripts;
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

/** Suspending, burying, flagging, deleting and adding cards in a session, and undoing each, as Anki does. */
class CardManagementTest {
    private static final Instant MORNING = Instant.parse("2026-11-22T10:00:00Z");
    private static final SessionOptions OPTIONS = new SessionOptions(Direction.EN_ZH, Mode.FLIP, 20, 200);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(MORNING, ZoneOffset.UTC);
    private ProgressStore store;
    private List<LoadedDeck> decks;
    private Library library;

    @BeforeEach
    void open() {
        store = ProgressStore.open(dir.resolve("data/progress.db"));
        decks = Fixtures.copyTo(dir.resolve("decks"), "ml-mini");
        library = new Library(decks, store, FsrsParameters.defaults().withFuzz(false),
                new AnswerChecker(Scripts.simplifiedOnly()), clock, new Random(5));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSuspendedCardIsLeftOutOfEverySessionUntilUndoneOrUnsuspended() {
        StudySession s = library.session(OPTIONS);
        Question first = s.current().orElseThrow();

        assertThat(s.suspend()).isEqualTo(first.card());
        assertThat(s.current().orElseThrow().key()).isNotEqualTo(first.key());
        assertThat(library.mark("ml-mini", first.card().id()).suspended()).isTrue();
        assertThat(asked(library.session(OPTIONS))).doesNotContain(first.key());

        assertThat(s.undo()).contains(new Undone(Undone.Kind.SUSPEND, first.card()));
        assertThat(s.current()).contains(first);
        assertThat(library.mark("ml-mini", first.card().id())).isEqualTo(CardMark.NONE);

        s.suspend();
        library.mark("ml-mini", first.card().id(), CardMark.NONE);
        assertThat(asked(library.session(OPTIONS))).contains(first.key());
    }

    @Test
    void aBuriedCardComesBackTheNextStudyDay() {
        StudySession s = library.session(OPTIONS);
        Question first = s.current().orElseThrow();
        s.bury();

        assertThat(asked(library.session(OPTIONS))).doesNotContain(first.key());
        clock.advance(Duration.ofHours(17)); // 03:00 the next night: still the same study day
        assertThat(asked(library.session(OPTIONS))).doesNotContain(first.key());
        clock.advance(Duration.ofHours(1)); // 04:00: a new study day
        assertThat(asked(library.session(OPTIONS))).contains(first.key());
    }

    @Test
    void aFlagStaysWithTheCardAndUndoTakesItOff() {
        StudySession s = library.session(OPTIONS);
        Question first = s.current().orElseThrow();

        assertThat(s.toggleFlag()).isTrue();
        assertThat(s.currentMark().flagged()).isTrue();
        assertThat(s.current()).contains(first);
        StudySession later = library.session(OPTIONS);
        assertThat(later.current().orElseThrow().key()).isEqualTo(first.key());
        assertThat(later.currentMark().flagged()).isTrue();

        assertThat(s.undo()).contains(new Undone(Undone.Kind.FLAG, first.card()));
        assertThat(s.currentMark().flagged()).isFalse();
        assertThat(s.current()).contains(first);
    }

    @Test
    void aDeletedCardLeavesItsDeckFileStaysOutOfARebuildAndUndoPutsItBackWithItsProgress() throws Exception {
        StudySession s = library.session(OPTIONS);
        Question first = s.current().orElseThrow();
        s.answer(Grade.AGAIN, null);
        s.undo();
        s.answer(Grade.GOOD, null);
        s.undo();
        Card card = first.card();
        s.answer(Grade.HARD, null);
        StudySession again = library.session(OPTIONS);
        while (!again.current().orElseThrow().key().equals(first.key())) {
            again.answer(Grade.EASY, null);
        }

        assertThat(again.delete()).isEqualTo(card);
        Deck onDisk = DeckJson.read(decks.get(0).file());
        assertThat(onDisk.card(card.id())).isEmpty();
        assertThat(onDisk.removed()).extracting(Removal::id).containsExactly(card.id());
        assertThat(library.decks().get(0).deck().card(card.id())).isEmpty();
        Deck rebuilt = DeckMerger.merge(onDisk, DeckJson.read(Fixtures.DECKS.resolve("ml-mini.deck.json"))).deck();
        assertThat(rebuilt.card(card.id())).isEmpty();

        assertThat(again.undo()).contains(new Undone(Undone.Kind.DELETE, card));
        assertThat(again.current().orElseThrow().key()).isEqualTo(first.key());
        Deck back = DeckJson.read(decks.get(0).file());
        assertThat(back.card(card.id())).contains(card);
        assertThat(back.removed()).isEmpty();
        assertThat(store.state(first.key())).isPresent();
    }

    @Test
    void anAddedCardIsTheLearnersWithPinyinIsAskedAsNewAndUndoTakesItOut() throws Exception {
        StudySession s = library.session(new SessionOptions(Direction.EN_ZH, Mode.FLIP, 20, 200));
        int before = s.progress().newLeft();
        Card draft = Card.builder("new").term(new Bilingual("knowledge distillation", "知识蒸馏"))
                .definition(Lang.EN, "Training a small model to imitate a large one.").build();

        Card added = s.add("ml-mini", draft);

        assertThat(added.id()).isEqualTo("knowledge-distillation");
        assertThat(added.pinyin()).isEqualTo("zhī shi zhēng liú");
        assertThat(added.edited()).isTrue();
        assertThat(added.editedFields()).contains("term.en", "term.zh", "definition.en", "pinyin");
        assertThat(added.definitionSource().get(Lang.EN)).isEqualTo(DefinitionSource.USER);
        assertThat(DeckJson.read(decks.get(0).file()).card(added.id())).contains(added);
        assertThat(s.progress().newLeft()).isEqualTo(before + 1);
        assertThatThrownBy(() -> s.add("ml-mini", draft)).isInstanceOf(TermdeckException.class)
                .hasMessageContaining("'knowledge-distillation' already");

        assertThat(s.undo()).contains(new Undone(Undone.Kind.ADD, added));
        assertThat(DeckJson.read(decks.get(0).file()).card(added.id())).isEmpty();
        assertThat(DeckJson.read(decks.get(0).file()).removed()).isEmpty();
        assertThat(s.progress().newLeft()).isEqualTo(before);
    }

    @Test
    void undoTakesBackActionsAndAnswersNewestFirst() {
        StudySession s = library.session(OPTIONS);
        Question a = s.current().orElseThrow();
        s.answer(Grade.GOOD, null);
        Question b = s.current().orElseThrow();
        s.suspend();

        assertThat(s.undo().orElseThrow().kind()).isEqualTo(Undone.Kind.SUSPEND);
        assertThat(s.current()).contains(b);
        assertThat(s.undo().orElseThrow().kind()).isEqualTo(Undone.Kind.ANSWER);
        assertThat(s.current()).contains(a);
        assertThat(s.undo()).isEmpty();
    }

    @Test
    void progressCountsNewLearningAndReviewCardsAsAnkiDoes() {
        StudySession s = library.session(new SessionOptions(Direction.EN_ZH, Mode.FLIP, 3, 200));
        s.current();
        SessionProgress p = s.progress();
        assertThat(p.newLeft()).isEqualTo(3);
        assertThat(p.learning()).isZero();
        assertThat(p.shown()).isEqualTo(SessionProgress.Queue.NEW);

        s.answer(Grade.AGAIN, null);
        s.current();
        p = s.progress();
        assertThat(p.newLeft()).isEqualTo(2);
        assertThat(p.learning()).isEqualTo(1);
        assertThat(p.remaining()).isEqualTo(3);
        assertThat(p.done()).isEqualTo(1);
    }

    private static List<CardKey> asked(StudySession s) {
        List<CardKey> out = new ArrayList<>();
        for (int i = 0; i < 50 && s.current().isPresent(); i++) {
            out.add(s.current().get().key());
            s.answer(Grade.EASY, null);
        }
        return out;
    }
}
