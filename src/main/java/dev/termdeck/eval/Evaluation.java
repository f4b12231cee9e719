package dev.termdeck.eval;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a deck against a gold set (see {@link EvalReport} for the figures). Each gold entry's document is found by
 * locating the entries of its label in the corpus: the document in which most of them occur; its language splits
 * recall. Stateless apart from its inputs; not shared across threads.
 */
public final class Evaluation {
    /**
     * A document longer than this (characters) is a long article, reported apart from abstracts: the threshold
     * at which selection starts keeping more terms, {@link Document#LONG_ARTICLE_CHARS}.
     */
    public static final int LONG_DOCUMENT_CHARS = Document.LONG_ARTICLE_CHARS;

    private final Deck deck;
    private final List<GoldEntry> gold;
    private final List<Document> documents;
    private final Set<String> latinNames;

    public Evaluation(Deck deck, List<GoldEntry> gold, List<Document> documents) {
        this(deck, gold, documents, Set.of());
    }

    /**
     * An evaluation whose copy count knows {@code latinNames}, standard Chinese terms written in Latin letters (see
     * {@link TranslatedPaperFigures#of(Deck, List, Set)}).
     */
    public Evaluation(Deck deck, List<GoldEntry> gold, List<Document> documents, Set<String> latinNames) {
        this.deck = deck;
        this.gold = List.copyOf(gold);
        this.documents = List.copyOf(documents);
        this.latinNames = Set.copyOf(latinNames);
    }

    /** Computes the report. */
    public EvalReport run() {
        Map<String, Document> docOfLabel = locate();
        Map<Lang, int[]> recallByLang = new LinkedHashMap<>();
        int matched = 0;
        int cueHit = 0;
        int cueTotal = 0;
        int abbrHit = 0;
        int abbrTotal = 0;
        int zhHit = 0;
        int zhTotal = 0;
        List<EvalReport.Miss> misses = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (GoldEntry g : gold) {
            Document d = docOfLabel.get(g.doc());
            Lang lang = d == null ? null : d.lang();
            Optional<Card> card = deck.cards().stream().filter(c -> TermMatcher.matches(c, g)).findFirst();
            if (lang != null) {
                int[] r = recallByLang.computeIfAbsent(lang, l -> new int[2]);
                r[1]++;
                r[0] += card.isPresent() ? 1 : 0;
            }
            if (g.abbr() != null) {
                abbrTotal++;
            }
            if (card.isEmpty()) {
                misses.add(new EvalReport.Miss(g.doc(), lang, g.en()));
                continue;
            }
            matched++;
            Card c = card.get();
            if (g.definitionCue() != null) {
                cueTotal++;
                if (TermMatcher.containsCue(c.definition().en(), g.definitionCue())
                        || TermMatcher.containsCue(c.definition().zh(), g.definitionCue())) {
                    cueHit++;
                } else {
                    problems.add(g.en() + ": definition lacks \"" + g.definitionCue() + "\"");
                }
            }
            if (g.abbr() != null) {
                if (rightLongForm(c, g)) {
                    abbrHit++;
                } else {
                    problems.add(g.en() + ": short form " + g.abbr() + " not on the card with its long form");
                }
            }
            if (!g.zh().isEmpty()) {
                zhTotal++;
                zhHit += TermMatcher.chineseMatch(c, g) ? 1 : 0;
            }
        }
        int bilingual = (int) deck.cards().stream().filter(c -> c.term().en() != null && c.term().zh() != null)
                .count();
        int[] zhAbbr = chineseTextAbbreviations();
        List<EvalReport.LangFigures> langs = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            int[] r = recallByLang.getOrDefault(lang, new int[2]);
            langs.add(figures(lang, new EvalReport.Count(r[0], r[1])));
        }
        return new EvalReport(new EvalReport.Count(matched, gold.size()), langs, deck.cards().size(),
                new EvalReport.Count(cueHit, cueTotal), new EvalReport.Count(abbrHit, abbrTotal),
                new EvalReport.Count(bilingual, deck.cards().size()), new EvalReport.Count(zhHit, zhTotal),
                new EvalReport.Count(zhAbbr[0], zhAbbr[2]), new EvalReport.Count(zhAbbr[1], zhAbbr[2]), misses,
                problems, TranslatedPaperFigures.of(deck, documents, latinNames));
    }

    /** The card has the gold short form, and the gold long form as its English term or alias. */
    private static boolean rightLongForm(Card c, GoldEntry g) {
        boolean shortForm = TermMatcher.same(c.abbr(), g.abbr()) || TermMatcher.same(c.term().en(), g.abbr());
        if (!shortForm) {
            return false;
        }
        if (TermMatcher.same(g.en(), g.abbr())) {
            return true;
        }
        List<String> english = new ArrayList<>(c.aliases().en());
        english.add(c.term().en());
        return english.stream().anyMatch(e -> TermMatcher.same(e, g.en()));
    }

    /** {found on a card, found and linked to the English long form, total} for short forms written in Chinese text. */
    private int[] chineseTextAbbreviations() {
        int[] out = new int[3];
        List<String> seen = new ArrayList<>();
        for (GoldEntry g : gold) {
            if (g.abbr() == null || seen.contains(g.abbr()) || documents.stream().noneMatch(
                    d -> d.lang() == Lang.ZH && containsWord(d.text(), g.abbr()))) {
                continue;
            }
            seen.add(g.abbr());
            out[2]++;
            Optional<Card> card = deck.cards().stream().filter(c -> TermMatcher.same(c.abbr(), g.abbr())
                    || TermMatcher.same(c.term().en(), g.abbr()) && c.term().zh() != null).findFirst();
            if (card.isPresent()) {
                out[0]++;
                if (rightLongForm(card.get(), g)) {
                    out[1]++;
                }
            }
        }
        return out;
    }

    private EvalReport.LangFigures figures(Lang lang, EvalReport.Count recall) {
        Map<String, Integer> perDoc = new HashMap<>();
        for (Card c : deck.cards()) {
            c.sources().stream().map(Source::doc).distinct().forEach(d -> perDoc.merge(d, 1, Integer::sum));
        }
        List<Document> docs = documents.stream().filter(d -> d.lang() == lang).toList();
        List<Document> shortDocs = docs.stream().filter(d -> !d.isLongArticle()).toList();
        return new EvalReport.LangFigures(lang, recall, docs.size(), average(docs, perDoc),
                docs.size() - shortDocs.size(), average(shortDocs, perDoc));
    }

    private static double average(List<Document> docs, Map<String, Integer> perDoc) {
        return docs.isEmpty() ? 0 : docs.stream().mapToInt(d -> perDoc.getOrDefault(d.id(), 0)).sum()
                / (double) docs.size();
    }

    /** Each gold label's document: the one in which most of the label's entries occur (the first on a tie). */
    private Map<String, Document> locate() {
        Map<String, List<GoldEntry>> byLabel = new LinkedHashMap<>();
        gold.forEach(g -> byLabel.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g));
        Map<String, String> normalized = new HashMap<>();
        documents.forEach(d -> normalized.put(d.id(), TermMatcher.normalize(d.text())));
        Map<String, Document> out = new HashMap<>();
        for (Map.Entry<String, List<GoldEntry>> e : byLabel.entrySet()) {
            Document best = null;
            int bestHits = 0;
            for (Document d : documents) {
                int hits = 0;
                for (GoldEntry g : e.getValue()) {
                    hits += occursIn(g, d, normalized.get(d.id())) ? 1 : 0;
                }
                if (hits > bestHits) {
                    best = d;
                    bestHits = hits;
                }
            }
            if (best != null) {
                out.put(e.getKey(), best);
            }
        }
        return out;
    }

    private static boolean occursIn(GoldEntry g, Document d, String normalizedText) {
        if (normalizedText.contains(TermMatcher.normalize(g.en()))) {
            return true;
        }
        if (g.abbr() != null && containsWord(d.text(), g.abbr())) {
            return true;
        }
        return g.zh().stream().anyMatch(z -> normalizedText.contains(TermMatcher.normalize(z)));
    }

    private static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            int end = i + word.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || text.charAt(end) == 's';
            if (before && after) {
                return true;
            }
            from = i + 1;
        }
    }
}
