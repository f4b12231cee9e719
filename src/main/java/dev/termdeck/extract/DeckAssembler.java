package dev.termdeck.extract;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns corpus documents into a deck:
 * <ol>
 *   <li>extract the candidates of every document with the {@link TermExtractor} of its language, documents in
 *       parallel ({@link ParallelExtraction}; documents of a language without an extractor are skipped);</li>
 *   <li>score each candidate with {@link TermRanker} (termhood plus corpus evidence: document frequency, definition,
 *       abbreviation or gloss: {@link CandidateScores});</li>
 *   <li>select per document ({@link CandidateScores}, {@link DocumentSelection}): drop {@link GenericPhrases}, drop scores below the cut-off ({@link Selection#minScore()},
 *       or for English half the document's best in a document with no strong candidate: {@link Selection#keeps}),
 *       drop a
 *       phrase inside a better one ({@link InnerPhrases}) and one the text writes only inside one longer kept
 *       candidate ({@link EnclosedPieces}), keep the
 *       best {@link Selection#capFor(int)} ({@link Selection#perDocument()} for an abstract, more for a long
 *       article; for keyphrases, an English abstract read without its translation keeps up to two more, ended where the
 *       scores drop: {@link ScoreDrop});</li>
 *   <li>merge each language's selected candidates across documents into {@link TermGroup}s ({@link TermGroups});</li>
 *   <li>turn the groups of both languages into cards with the {@link TermLinker};</li>
 *   <li>choose each card's definitions ({@link DefinitionChooser}: the card's own abstracts, then any document of
 *       the corpus, then the {@link DefinitionDictionary});</li>
 *   <li>apply the deck-level card rules, unless {@link #cardRules(boolean) switched off}: drop the cards of plain
 *       phrases that one paper says once and nothing else supports ({@link PlainCards}), then every card with no
 *       definition and none of the evidence {@link CardEvidence} measures (a bracketed short form, a name as written,
 *       both versions of a paper, a coined name and its kind); a paper whose cards they left out is selected again
 *       with as many more candidates (at most {@link #REFILLS} selections), so that the cap counts cards worth
 *       learning; tell the
 *       listener how many cards the rules left out and which papers they left with none
 *       ({@link ProgressListener#cardRules});</li>
 *   <li>keep the best {@link Selection#maxCards()} cards, tag them, and make the deck.</li>
 * </ol>
 * The result depends only on the documents and the configuration, never on thread timing: candidates are collected
 * in document order and every sort has a total order. Thread-safe when its extractors and linker are (they are
 * required to be). It holds the build's order of stages in one place; each stage's work is in its own class.
 */
public final class DeckAssembler {
    private final Map<Lang, TermExtractor> extractors;
    private final TermLinker linker;
    private final Selection selection;
    private final CandidateScores scores;
    private final int threads;
    private final DefinitionChooser definitions;
    private final TranslationAligner aligner;
    private final boolean cardRules;

    /**
     * @param extractors one extractor per language to extract (at most one per language)
     * @param linker     turns term groups into cards
     * @param selection  the cap per document, the minimum score, the deck size limit
     * @param generic    phrases never kept
     * @param threads    worker threads for extraction, at least 1
     */
    public DeckAssembler(List<TermExtractor> extractors, TermLinker linker, Selection selection,
            GenericPhrases generic, int threads) {
        this(extractors, linker, selection, generic, threads, DefinitionDictionary.NONE);
    }

    /**
     * @param extractors one extractor per language to extract (at most one per language)
     * @param linker     turns term groups into cards
     * @param selection  the cap per document, the minimum score, the deck size limit
     * @param generic    phrases never kept
     * @param threads    worker threads for extraction, at least 1
     * @param dictionary definitions for terms the corpus does not define (a user's glossary, the bundled dictionary)
     */
    public DeckAssembler(List<TermExtractor> extractors, TermLinker linker, Selection selection,
            GenericPhrases generic, int threads, DefinitionDictionary dictionary) {
        this(extractors, TranslationAligner.NONE, linker, selection, generic, threads, dictionary);
    }

    /**
     * @param extractors one extractor per language to extract (at most one per language)
     * @param aligner    finds each candidate's counterpart in the other version of its paper
     * @param linker     turns term groups into cards
     * @param selection  the cap per document, the minimum score, the deck size limit
     * @param generic    phrases never kept
     * @param threads    worker threads for extraction, at least 1
     * @param dictionary definitions for terms the corpus does not define (a user's glossary, the bundled dictionary)
     */
    public DeckAssembler(List<TermExtractor> extractors, TranslationAligner aligner, TermLinker linker,
            Selection selection, GenericPhrases generic, int threads, DefinitionDictionary dictionary) {
        Map<Lang, TermExtractor> byLang = new EnumMap<>(Lang.class);
        for (TermExtractor e : extractors) {
            if (byLang.put(e.lang(), e) != null) {
                throw new IllegalArgumentException("two extractors for " + e.lang());
            }
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.extractors = byLang;
        this.linker = Objects.requireNonNull(linker, "linker");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.scores = new CandidateScores(selection, Objects.requireNonNull(generic, "generic"));
        this.threads = threads;
        this.definitions = new DefinitionChooser(dictionary);
        this.aligner = Objects.requireNonNull(aligner, "aligner");
        this.cardRules = true;
    }

    private DeckAssembler(DeckAssembler other, boolean cardRules) {
        this.extractors = other.extractors;
        this.linker = other.linker;
        this.selection = other.selection;
        this.scores = other.scores;
        this.threads = other.threads;
        this.definitions = other.definitions;
        this.aligner = other.aligner;
        this.cardRules = cardRules;
    }

    /**
     * This assembler with the deck-level card rules on (the default, as {@code termdeck build} makes decks) or off.
     * The card rules decide, over the whole deck and once definitions are chosen, whether a selected term is worth a
     * flashcard ({@link PlainCards}, {@link CardEvidence}); they are not part of finding a document's terms. Off, the
     * deck holds every term each document's extraction, ranking and selection keep: what
     * {@code termdeck eval --keyphrases} scores against an indexer's keyphrases, which are retrieval keys, not
     * flashcards.
     */
    public DeckAssembler cardRules(boolean on) {
        return on == cardRules ? this : new DeckAssembler(this, on);
    }

    /** Whether the deck-level card rules are applied ({@link #cardRules(boolean)}). */
    public boolean cardRules() {
        return cardRules;
    }

    /** The languages this assembler extracts. */
    public List<Lang> languages() {
        return List.copyOf(extractors.keySet());
    }

    /** Builds the deck of {@code documents} (in corpus order), reporting progress per document. */
    public Deck assemble(List<Document> documents, DeckSpec spec, ProgressListener progress) {
        List<Document> docs = documents.stream().filter(d -> extractors.containsKey(d.lang())).toList();
        long t0 = System.nanoTime();
        List<List<TermCandidate>> found = ParallelExtraction.extract(docs, extractors, threads, progress);
        long t1 = System.nanoTime();
        progress.stageDone(BuildStage.EXTRACTION, t1 - t0);
        List<List<TermCandidate>> extracted = aligner.align(docs, found);
        long t2 = System.nanoTime();
        progress.stageDone(BuildStage.ALIGNMENT, t2 - t1);
        Map<String, Integer> df = CandidateScores.documentFrequencies(extracted);
        Map<String, String> titles = new HashMap<>();
        for (Document d : docs) {
            titles.put(d.id(), d.title() == null ? "" : d.title());
        }
        long t3 = System.nanoTime();
        progress.stageDone(BuildStage.CROSS_DOCUMENT, t3 - t2);
        // One for every selection: a card a refill leaves as it was keeps the definitions chosen for it.
        DefinitionChooser.CorpusDefinitions defined = DefinitionChooser.CorpusDefinitions.of(extracted, docs);
        progress.stageDone(BuildStage.DEFINITIONS, System.nanoTime() - t3);
        // Each document's candidates scored once: every selection (the first and the refills) cuts the same lists.
        long t4 = System.nanoTime();
        List<List<ScoredCandidate>> scored = new ArrayList<>(extracted.size());
        List<List<ScoredCandidate>> likeliest = new ArrayList<>(extracted.size());
        for (int i = 0; i < extracted.size(); i++) {
            CandidateScores.Pool pool = scores.pool(docs.get(i), extracted.get(i), df);
            scored.add(Collections.unmodifiableList(pool.passing()));
            likeliest.add(ModelFill.likeliest(selection, docs.get(i), pool, df));
        }
        progress.stageDone(BuildStage.CROSS_DOCUMENT, System.nanoTime() - t4);
        // The selections share the groups and cards they make from the same candidates: a refill makes again only
        // what its new candidates change.
        Memos memos = new Memos(new HashMap<>(), linker.forOneBuild());
        Pass pass = pass(docs, scored, likeliest, df, titles, Map.of(), defined, memos, progress);
        List<Card> cards = pass.cards();
        if (cardRules) {
            // The cap counts cards, not candidates the card rules leave out: a paper whose cards they left out is
            // selected again with as many more candidates (defined ones, or with evidence, may be among them), until
            // the count stays or REFILLS passes were made.
            CardEvidence.Outcome ruled = pass.ruled(docs, extractors, progress);
            for (int refill = 1; refill < REFILLS && !ruled.leftOutByPaper().equals(pass.extra()); refill++) {
                pass = pass(docs, scored, likeliest, df, titles, ruled.leftOutByPaper(), defined, memos,
                        progress);
                ruled = pass.ruled(docs, extractors, progress);
            }
            cards = new ArrayList<>(ruled.cards());
            progress.cardRules(ruled.leftOut(), ruled.papersWithoutCards());
        }
        long t5 = System.nanoTime();
        cards.sort(Comparator.comparingDouble(Card::score).reversed().thenComparing(Card::id));
        if (selection.maxCards() > 0 && cards.size() > selection.maxCards()) {
            cards = new ArrayList<>(cards.subList(0, selection.maxCards()));
        }
        List<Card> tagged = new ArrayList<>(cards.size());
        for (Card c : cards) {
            List<String> tags = new ArrayList<>(c.tags());
            tags.addAll(spec.tags());
            tagged.add(c.toBuilder().tags(tags).build());
        }
        Deck deck = Deck.of(spec.name(), spec.title(), spec.generated(), tagged);
        progress.stageDone(BuildStage.CROSS_DOCUMENT, System.nanoTime() - t5);
        return deck;
    }

    /**
     * The most selections of one build: the first, and refills for the candidates the card rules left out (a refill's
     * new candidates may be left out too). Three on the arXiv pages; more change less than a card in a hundred.
     */
    static final int REFILLS = 4;

    /**
     * One selection and what comes of it: the cards with their definitions, before the card rules, and the phrases
     * {@link PlainCards} found unsupported.
     *
     * @param extra the candidates each paper (id) was given over its cap
     */
    private record Pass(List<Card> cards, Set<String> plain, Map<String, Integer> extra) {
        /** The card rules applied to this selection's cards; their time is part of the cross-document stage. */
        CardEvidence.Outcome ruled(List<Document> docs, Map<Lang, TermExtractor> extractors,
                ProgressListener progress) {
            long start = System.nanoTime();
            CardEvidence.Outcome ruled = CardEvidence.apply(cards, PlainCards.drop(cards, Lang.EN, plain), docs,
                    CardEvidence.Wording.of(extractors.get(Lang.EN)));
            progress.stageDone(BuildStage.CROSS_DOCUMENT, System.nanoTime() - start);
            return ruled;
        }
    }

    /**
     * What the selections of one build share: the term groups made ({@link TermGroups#of(List, Map, Map)}) and the
     * linker that remembers its cards ({@link TermLinker#forOneBuild()}).
     */
    private record Memos(Map<SameItems, TermGroup> groups, TermLinker linker) {
    }

    /**
     * Selects each document's candidates (a paper's cap raised by {@code extra}), merges them across documents,
     * links the groups of both languages into cards and chooses their definitions.
     */
    private Pass pass(List<Document> docs, List<List<ScoredCandidate>> scored,
            List<List<ScoredCandidate>> likeliest, Map<String, Integer> df,
            Map<String, String> titles, Map<String, Integer> extra, DefinitionChooser.CorpusDefinitions defined,
            Memos memos, ProgressListener progress) {
        long t0 = System.nanoTime();
        Map<String, Integer> docOrder = new HashMap<>();
        Map<Lang, List<ScoredCandidate>> selected = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            selected.put(lang, new ArrayList<>());
        }
        List<List<ScoredCandidate>> kept = DocumentSelection.select(docs, scored, likeliest, extra, selection);
        for (int i = 0; i < docs.size(); i++) {
            docOrder.put(docs.get(i).id(), i);
            selected.get(docs.get(i).lang()).addAll(kept.get(i));
        }
        List<TermGroup> english = TermGroups.of(selected.get(Lang.EN), docOrder, memos.groups());
        List<TermGroup> chinese = TermGroups.of(selected.get(Lang.ZH), docOrder, memos.groups());
        Set<String> plain = cardRules ? PlainCards.unsupported(english, df, extractors.get(Lang.EN), titles) : Set.of();
        long t1 = System.nanoTime();
        progress.stageDone(BuildStage.CROSS_DOCUMENT, t1 - t0);
        List<Card> linked = distinctIds(memos.linker().link(english, chinese));
        long t2 = System.nanoTime();
        progress.stageDone(BuildStage.LINKING, t2 - t1);
        List<Card> cards = definitions.choose(linked, defined);
        progress.stageDone(BuildStage.DEFINITIONS, System.nanoTime() - t2);
        return new Pass(cards, plain, Map.copyOf(extra));
    }

    /** The cards with unique ids: of two cards with one id, the better-scored is kept. */
    private static List<Card> distinctIds(List<Card> cards) {
        Map<String, Card> byId = new LinkedHashMap<>();
        for (Card c : cards) {
            byId.merge(c.id(), c, (a, b) -> b.score() > a.score() ? b : a);
        }
        return new ArrayList<>(byId.values());
    }
}
