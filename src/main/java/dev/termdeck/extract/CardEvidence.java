package dev.termdeck.extract;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The deck-level card rule: whether a selected term is worth a flashcard, judged on the evidence the text and the
 * dictionary give it once the whole corpus is read and definitions are chosen. A card is kept when it has a definition
 * in either language (from its abstract, the corpus, a user's glossary, the dictionary, or composed, but not one
 * composed for an entry and a generic head, nor an abstract's on a card with no English side); a card without
 * one is kept only with one of the {@link Evidence} kinds measured on the arXiv tune half to separate cards worth
 * learning from weak and junk ones (docs/QUALITY.md, Precision (#12), "Card-worthiness"): a short form the paper
 * brackets, a name as the paper writes it, a coined name and its kind, a Chinese term the paper's translation gives too
 * (not for a plain term of everyday words, which any translation renders); a second paper is measured, not enough. An
 * organisation's or a maker's hardware name ({@link NameEvidence#isOrganisation}) is no card without a definition,
 * whatever its evidence; nor is a part of one paper's own method named with a bracketed short form ({@link
 * BracketEvidence#isCoinedPart}: "Self-guided Module (SGM)"). Undefined cards with none of them (said in one paper, in
 * one version, in lower case, with no bracketed short form: "real-world benchmark", "learnable matrix", "dance motion")
 * were 72% weak or junk in the labels. A paper read without its translation gives no answer to the translation's test,
 * so its cards are left as they were ({@link Evidence#ONE_VERSION}) unless their words say they describe (a generic
 * head in lower case). Applied after {@link PlainCards} and, like it, switched off by {@link
 * DeckAssembler#cardRules(boolean)}.
 */
final class CardEvidence {
    /** Why an undefined card is kept. */
    enum Evidence {
        /** The card has a short form that one of its documents writes in brackets ("posterior behavioral cloning
         * (PostBC)", "自引导模块(SGM)"), or its term is itself a short form the text brackets. */
        SHORT_FORM,
        /** The term is written as a name: a one-word term with a capital or digit after its first letter ("FruitNeRF",
         * "BOF4-S"), or words that all start with a capital or a digit, one of them coined or with a digit
         * ("Sparse-view 3D Gaussian Splatting"; not "Internal Layer Policies", a paper's own phrase in capitals). */
        NAME,
        /** A name the paper coins, then its kind in lower case ("FineDiving dataset", "SMT2020 testbed", "ECFP4
         * molecular fingerprint"), when the name has no card of its own ("WinMamba layer" beside WinMamba is a
         * thing said about a concept that has its card). */
        NAMED_KIND,
        /** The card has sources in both language versions of one paper: the paper's translation names it too. */
        BOTH_VERSIONS,
        /**
         * The card's sources come from two papers or more. Measured, not enough on its own: of the 4 undefined cards
         * of the tune half kept for it alone, 2 were worth a card ("ablation", "state representation"; "image
         * modality", "diagnostic accuracy" weak), and the mid-session judges found ordinary phrases kept by it.
         */
        PAPERS,
        /**
         * Not evidence, the lack of a test: a paper of the card is read in one version only (no translation in the
         * corpus: the seed corpus, a user's own English abstracts, Inspec), so whether its translation names the term
         * cannot be asked. Measured on the tune half read in English only (docs/QUALITY.md), its undefined cards
         * are mostly weak (15 of 80 labelled keep), but the gold-like ones among them have no evidence the cards of
         * one language give (a lower-case field phrase said once), so such a card stays, unless its English term is
         * in lower case with a generic or weak head ({@link Wording}: "tabular dataset", "offline dataset"). Plain
         * terms are not taken out here: in engineering abstracts everyday words name things ("adaptive array
         * antenna"; Inspec tune, docs/QUALITY.md).
         */
        ONE_VERSION
    }

    /**
     * What the rule did.
     *
     * @param cards              the cards kept, in their order
     * @param leftOut            how many cards the rule left out
     * @param papersWithoutCards the papers (ids, corpus order) that had a card before the rule and have none after
     * @param leftOutByPaper     how many of each paper's cards (by paper id) the rules left out; papers with none
     *                           left out are absent
     */
    record Outcome(List<Card> cards, int leftOut, List<String> papersWithoutCards,
            Map<String, Integer> leftOutByPaper) {
        Outcome {
            cards = List.copyOf(cards);
            papersWithoutCards = List.copyOf(papersWithoutCards);
            leftOutByPaper = Map.copyOf(leftOutByPaper);
        }
    }

    /** The evidence that keeps an undefined card ({@link Evidence#PAPERS} is measured, not enough). */
    private static final Set<Evidence> KEEPS = EnumSet.of(Evidence.SHORT_FORM, Evidence.NAME, Evidence.NAMED_KIND,
            Evidence.BOTH_VERSIONS, Evidence.ONE_VERSION);
    /**
     * Generic heads after a dictionary entry ("federated learning approach", "representation learning method"): a
     * definition composed for such a phrase defines the entry, not the phrase, whose card should be the entry's.
     */
    private static final Set<String> WRAPPERS = Set.of("approach", "approaches", "method", "methods", "framework",
            "frameworks", "technique", "techniques", "strategy", "strategies", "paradigm", "scheme", "pipeline", "model",
            "models", "architecture", "system", "module");

    private CardEvidence() {
    }

    /**
     * The cards that have a definition or some {@link Evidence}; {@code before} is the card list before any card rule
     * (to tell which papers the rules left with no card).
     */
    static Outcome apply(List<Card> before, List<Card> cards, List<Document> docs) {
        return apply(before, cards, docs, Wording.NONE);
    }

    /**
     * What the English extractor says of a term's words: {@code plain}, everyday words only
     * ({@link TermExtractor#isPlain}), for which the translation and a second paper are no evidence; and
     * {@code genericHead}, lower case with a generic or weak head ({@link TermExtractor#hasGenericHead}), which
     * takes away {@link Evidence#ONE_VERSION}.
     */
    record Wording(Predicate<String> plain, Predicate<String> genericHead) {
        static final Wording NONE = new Wording(t -> false, t -> false);

        static Wording of(TermExtractor english) {
            return english == null ? NONE : new Wording(english::isPlain, english::hasGenericHead);
        }
    }

    /**
     * The cards that have a definition or some {@link Evidence}; {@code before} is the card list before any card rule
     * (to tell which papers the rules left with no card); {@code wording} what the English extractor says of a
     * term's words.
     */
    static Outcome apply(List<Card> before, List<Card> cards, List<Document> docs, Wording wording) {
        Predicate<String> plain = wording.plain();
        Map<String, Document> byId = new HashMap<>();
        Map<String, Set<Lang>> versions = new HashMap<>();
        Map<String, List<String>> texts = new HashMap<>();
        for (Document d : docs) {
            byId.put(d.id(), d);
            versions.computeIfAbsent(d.paper(), p -> EnumSet.noneOf(Lang.class)).add(d.lang());
            texts.computeIfAbsent(d.paper(), p -> new ArrayList<>()).add(d.text());
        }
        Set<String> names = new HashSet<>();
        for (Card c : cards) {
            if (c.term(Lang.EN) != null) {
                names.add(c.term(Lang.EN));
            }
            if (c.abbr() != null) {
                names.add(c.abbr());
            }
        }
        List<Card> kept = new ArrayList<>(cards.size());
        for (Card c : cards) {
            Set<Evidence> found = evidence(c, byId, versions, names);
            String en = c.term(Lang.EN);
            if (NameEvidence.isLatinNameInChinese(c, plain)) {
                found.add(Evidence.NAME);
            }
            if (en != null && plain.test(en)) {
                found.remove(Evidence.BOTH_VERSIONS);
                found.remove(Evidence.PAPERS);
            }
            if (en != null && wording.genericHead().test(en)) {
                found.remove(Evidence.ONE_VERSION);
                found.remove(Evidence.BOTH_VERSIONS);
                found.remove(Evidence.PAPERS);
            }
            if (en != null && NameEvidence.isCapitalisedCompound(en, plain)) {
                found.remove(Evidence.NAME);
            }
            if (found.contains(Evidence.SHORT_FORM) && !found.contains(Evidence.PAPERS) && BracketEvidence
                    .isCoinedPart(c, texts.getOrDefault(paper(c.sources().get(0).doc(), byId), List.of()))) {
                found.clear();
            }
            found.retainAll(KEEPS);
            if (defined(c) && !composedWrapper(c) && !sentenceOnly(c)
                    || !NameEvidence.isOrganisation(en) && !found.isEmpty()) {
                kept.add(c);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Card c : kept) {
            ids.add(c.id());
        }
        Map<String, Integer> byPaper = new HashMap<>();
        for (Card c : before) {
            if (!ids.contains(c.id())) {
                papers(List.of(c), byId).forEach(p -> byPaper.merge(p, 1, Integer::sum));
            }
        }
        Set<String> had = papers(before, byId);
        had.removeAll(papers(kept, byId));
        List<String> empty = new ArrayList<>();
        for (Document d : docs) {
            if (had.remove(d.paper())) {
                empty.add(d.paper());
            }
        }
        return new Outcome(kept, before.size() - kept.size(), empty, byPaper);
    }

    static boolean defined(Card c) {
        return c.definition().get(Lang.EN) != null || c.definition().get(Lang.ZH) != null;
    }

    /**
     * Whether the card has no English side and its only definitions come from its abstract: a Chinese phrase the
     * English version does not name, "defined" by the sentence it was found in or one near it ("我们将幅度阈值法与三种……
     * 两种超轻量级模型——……" for 超轻量级模型, tune page 2512.00396; the judges' 核心贡献 and 紧凑注意力, "a new framework
     * featuring three innovations"). On the tune deck every such card was junk; a dictionary's definition still counts.
     */
    static boolean sentenceOnly(Card c) {
        if (c.term(Lang.EN) != null || !defined(c)) {
            return false;
        }
        for (Lang l : Lang.values()) {
            if (c.definition().get(l) != null && c.definitionSource().get(l) != DefinitionSource.ABSTRACT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the card's only definitions are composed ({@code DefinitionSource.COMPOSED}) and its English term is a
     * dictionary entry with a generic head after it ("GAN inversion method", "Named Entity Recognition model"): the
     * mid-session judges found such cards junk, the entry being the card worth learning.
     */
    static boolean composedWrapper(Card c) {
        for (Lang l : Lang.values()) {
            if (c.definition().get(l) != null && c.definitionSource().get(l) != DefinitionSource.COMPOSED) {
                return false;
            }
        }
        String en = c.term(Lang.EN);
        if (en == null) {
            return false;
        }
        String[] words = en.strip().split("\\s+");
        return words.length >= 2 && WRAPPERS.contains(words[words.length - 1]);
    }

    /**
     * The evidence a card has besides a definition.
     *
     * @param docs     the corpus documents by id
     * @param versions the languages each paper (id) is read in
     * @param names    the English terms and short forms of the deck's cards
     */
    static Set<Evidence> evidence(Card c, Map<String, Document> docs, Map<String, Set<Lang>> versions,
            Set<String> names) {
        Set<Evidence> out = EnumSet.noneOf(Evidence.class);
        if (BracketEvidence.bracketed(c, docs)) {
            out.add(Evidence.SHORT_FORM);
        }
        String en = c.term(Lang.EN);
        String zh = c.term(Lang.ZH);
        if (NameEvidence.isName(en != null ? en : zh)) {
            out.add(Evidence.NAME);
        }
        if (NameEvidence.isNamedKind(en, names)) {
            out.add(Evidence.NAMED_KIND);
        }
        Set<String> enPapers = new HashSet<>();
        Set<String> zhPapers = new HashSet<>();
        for (Source s : c.sources()) {
            String paper = paper(s.doc(), docs);
            (s.lang() == Lang.ZH ? zhPapers : enPapers).add(paper);
        }
        Set<String> all = new HashSet<>(enPapers);
        all.addAll(zhPapers);
        if (all.size() >= 2) {
            out.add(Evidence.PAPERS);
        }
        for (String p : all) {
            if (versions.getOrDefault(p, Set.of()).size() < 2) {
                out.add(Evidence.ONE_VERSION);
            }
        }
        enPapers.retainAll(zhPapers);
        if (!enPapers.isEmpty()) {
            out.add(Evidence.BOTH_VERSIONS);
        }
        return out;
    }

    private static Set<String> papers(List<Card> cards, Map<String, Document> docs) {
        Set<String> out = new HashSet<>();
        for (Card c : cards) {
            for (Source s : c.sources()) {
                out.add(paper(s.doc(), docs));
            }
        }
        return out;
    }

    private static String paper(String doc, Map<String, Document> docs) {
        Document d = docs.get(doc);
        return d == null ? doc : d.paper();
    }
}
