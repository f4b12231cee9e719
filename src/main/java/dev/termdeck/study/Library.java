package dev.termdeck.study;

import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.QuestionFactory;
import dev.termdeck.study.schedule.CardState;
import dev.termdeck.study.schedule.Fsrs;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.schedule.StudyDay;
import dev.termdeck.study.settings.SessionOptions;
import dev.termdeck.study.store.CardMark;
import dev.termdeck.study.store.ProgressStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The library a learner studies from: the loaded decks with their progress in the store. Everything a study view
 * works with starts here: sessions ({@link StudySession}, one at a time), the deck list with due and new counts,
 * statistics, search, and editing a card. Views (plain, TUI) only draw and read
 * keys; the logic is here and in the classes it hands out.
 *
 * <p>Not thread-safe: one view thread uses it. It owns neither the store nor the decks' files; the caller closes the
 * store.
 */
public final class Library {
    private final Map<String, LoadedDeck> decks = new LinkedHashMap<>();
    private final ProgressStore store;
    private Fsrs fsrs;
    private final AnswerChecker checker;
    private final Clock clock;
    private final RandomGenerator random;
    private final StudyDay day;

    /**
     * @param decks   the decks to study (names must be unique)
     * @param store   the progress store
     * @param params  the scheduler settings (retention, steps, fuzz)
     * @param checker the typed-answer checker
     * @param clock   the time source; its zone is the learner's (study days start at 04:00 there)
     * @param random  the source of mixed directions, option order and fuzz
     */
    public Library(List<LoadedDeck> decks, ProgressStore store, FsrsParameters params, AnswerChecker checker,
            Clock clock, RandomGenerator random) {
        for (LoadedDeck d : decks) {
            if (this.decks.putIfAbsent(d.name(), d) != null) {
                throw new IllegalArgumentException("two decks are named '" + d.name() + "': "
                        + this.decks.get(d.name()).file() + " and " + d.file());
            }
        }
        this.store = Objects.requireNonNull(store, "store");
        this.fsrs = new Fsrs(params);
        this.checker = Objects.requireNonNull(checker, "checker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.day = new StudyDay(clock.getZone());
    }

    /** The scheduler settings sessions started now use. */
    public FsrsParameters parameters() {
        return fsrs.parameters();
    }

    /** The decks, in the order given. */
    public List<LoadedDeck> decks() {
        return List.copyOf(decks.values());
    }

    public StudyDay day() {
        return day;
    }

    /** The time now, by the study's clock. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Schedules with {@code retention} from now on (sessions started later); sessions already started keep theirs.
     *
     * @throws IllegalArgumentException when {@code retention} is outside the accepted range
     */
    public void desiredRetention(double retention) {
        fsrs = new Fsrs(fsrs.parameters().withDesiredRetention(retention));
    }

    /** A session over every deck. */
    public StudySession session(SessionOptions options) {
        return session(options, decks.keySet());
    }

    /**
     * A session over the named decks, within the daily limits (counting what was studied earlier today); with a tag in
     * the options, over the cards that have it.
     */
    public StudySession session(SessionOptions options, Collection<String> deckNames) {
        Instant now = clock.instant();
        List<String> names = new ArrayList<>();
        for (String n : deckNames) {
            if (!decks.containsKey(n)) {
                throw new IllegalArgumentException("no deck named '" + n + "' is loaded");
            }
            names.add(n);
        }
        ProgressStore.DayCounts today = store.countsSince(names, day.start(now));
        Map<String, Map<String, CardMark>> marks = new LinkedHashMap<>();
        names.forEach(n -> marks.put(n, store.marks(n)));
        List<StudyQueue.Entry> entries = new ArrayList<>();
        Map<String, List<Card>> cards = new LinkedHashMap<>();
        int skipped = 0;
        for (String n : names) {
            Deck deck = decks.get(n).deck();
            cards.put(n, deck.cards());
            Map<String, CardState> states = store.states(n);
            for (Card c : deck.cards()) {
                if (marks.get(n).getOrDefault(c.id(), CardMark.NONE).keepsOut(now) || !tagged(c, options.tag())) {
                    continue;
                }
                if (QuestionFactory.supports(c, options.direction(), options.mode())) {
                    CardState s = states.get(c.id());
                    entries.add(new StudyQueue.Entry(new CardKey(n, c.id()), c, s != null ? s : CardState.fresh(now)));
                } else {
                    skipped++;
                }
            }
        }
        StudyQueue queue = new StudyQueue(entries, now, day.end(now), options.newPerDay() - today.newCards(),
                options.reviewsPerDay() - today.reviews());
        return new StudySession(new StudySession.SessionParts(store, fsrs, checker, options, clock, random, day, edits),
                queue, new QuestionFactory(cards), new SessionSummary.Skipped(skipped, skipReason(options)),
                keyed(marks));
    }

    private static Map<CardKey, CardMark> keyed(Map<String, Map<String, CardMark>> byDeck) {
        Map<CardKey, CardMark> out = new java.util.HashMap<>();
        byDeck.forEach((deck, marks) -> marks.forEach((id, m) -> out.put(new CardKey(deck, id), m)));
        return out;
    }

    /** Why a card that cannot be asked in the session's direction and mode is left out. */
    private static SessionSummary.SkipReason skipReason(SessionOptions options) {
        if (options.mode() == Mode.CLOZE) {
            return SessionSummary.SkipReason.CLOZE;
        }
        return options.direction() == Direction.TERM_DEF || options.direction() == Direction.DEF_TERM
                ? SessionSummary.SkipReason.DEFINITION : SessionSummary.SkipReason.BILINGUAL;
    }

    /** Whether {@code card} has {@code tag} (any case), or {@code tag} is {@code null}. */
    static boolean tagged(Card card, String tag) {
        return tag == null || card.tags().stream().anyMatch(tag::equalsIgnoreCase);
    }

    /**
     * Each deck with its counts of cards, new cards, cards due today and cards in their learning steps (suspended and
     * buried cards, which no session asks, left out of the last three).
     */
    public List<DeckOverview> overview() {
        Instant now = clock.instant();
        Instant end = day.end(now);
        List<DeckOverview> out = new ArrayList<>();
        for (LoadedDeck d : decks.values()) {
            Map<String, CardState> states = store.states(d.name());
            Map<String, CardMark> marks = store.marks(d.name());
            int fresh = 0;
            int due = 0;
            int learning = 0;
            for (Card c : d.deck().cards()) {
                if (marks.getOrDefault(c.id(), CardMark.NONE).keepsOut(now)) {
                    continue;
                }
                CardState s = states.get(c.id());
                if (s == null) {
                    fresh++;
                } else if (s.due().isBefore(end)) {
                    due++;
                }
                if (s != null && s.phase().inSteps()) {
                    learning++;
                }
            }
            out.add(new DeckOverview(d.name(), d.deck().title(), d.deck().cards().size(), fresh, due, learning));
        }
        return out;
    }

    /** Statistics over every deck: reviews per day, retention, due forecast, hardest cards. */
    public StatsReport statistics() {
        return new Statistics(store, fsrs, day).compute(decks(), clock.instant());
    }

    /** Cards whose terms, aliases, abbreviation, pinyin or definitions contain {@code query}, best matches first. */
    public List<CardHit> search(String query, int limit) {
        return CardSearch.search(decks(), query, limit);
    }

    /** What the learner marked on card {@code id} of {@code deck} (nothing when never marked). */
    public CardMark mark(String deck, String id) {
        return store.marks(requireDeck(deck).name()).getOrDefault(id, CardMark.NONE);
    }

    /** What the learner marked on the cards of {@code deck}, by card id (cards with no mark are absent). */
    public Map<String, CardMark> marks(String deck) {
        return store.marks(requireDeck(deck).name());
    }

    /**
     * Marks card {@code id} of {@code deck} (suspended, buried, flagged) from outside a session (the browse screen);
     * a running session leaves a card out once it is suspended ({@link StudySession#leaveOut}).
     */
    public void mark(String deck, String id, CardMark mark) {
        store.mark(new CardKey(requireDeck(deck).name(), id), mark);
    }

    private LoadedDeck requireDeck(String deck) {
        LoadedDeck d = decks.get(deck);
        if (d == null) {
            throw new IllegalArgumentException("no deck named '" + deck + "' is loaded");
        }
        return d;
    }

    /** The deck files' changes a session makes (deleting and adding cards), keeping this library's decks current. */
    private final DeckEdits edits = new DeckEdits() {
        @Override
        public Optional<Card> remove(String deck, String id) {
            Optional<DeckChanges.Changed> c = DeckChanges.remove(requireDeck(deck), id, clock.instant());
            c.ifPresent(ch -> decks.put(deck, ch.deck()));
            return c.map(DeckChanges.Changed::card);
        }

        @Override
        public void restore(String deck, Card card) {
            decks.put(deck, DeckChanges.restore(requireDeck(deck), card).deck());
        }

        @Override
        public Card add(String deck, Card draft) {
            DeckChanges.Changed c = DeckChanges.add(requireDeck(deck), draft, checker.script());
            decks.put(deck, c.deck());
            return c.card();
        }

        @Override
        public void unadd(String deck, String id) {
            decks.put(deck, DeckChanges.unadd(requireDeck(deck), id));
        }
    };

    /**
     * Saves an edited card into its deck file (atomically), marking it edited with the fields that changed, and
     * uses it from now on; sessions already started see it through {@link StudySession#replaceCard}.
     *
     * @return the card as saved
     */
    public Card editCard(String deck, Card edited) {
        LoadedDeck d = decks.get(deck);
        if (d == null) {
            throw new IllegalArgumentException("no deck named '" + deck + "' is loaded");
        }
        LoadedDeck saved = CardEditor.save(d, edited, checker.script());
        decks.put(deck, saved);
        return saved.deck().card(edited.id()).orElseThrow();
    }
}
