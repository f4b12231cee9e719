package dev.termdeck.extract.en;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.TermExtractor;
import dev.termdeck.extract.bilingual.Glossary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * English term extraction on Apache OpenNLP: sentences, tokens and UPOS tags ({@link EnglishAnalyzer}), noun-phrase
 * candidates ({@link NounPhrases}) with the edges the document gives ({@link WholeSpans}), shown and keyed by
 * {@link PhraseForms}, abbreviations by Schwartz and Hearst ({@link AbbreviationFinder}) and their long forms
 * ({@link LongFormEntries}), plural forms merged by rule ({@link Plurals}), definitions by cue
 * ({@link DefinitionFinder}), and termhood from the document's own evidence ({@link Termhood}).
 *
 * <p>The models are passed in, loaded once; the OpenNLP {@code *ME} objects, which are not thread-safe, are made once
 * per thread. So one instance serves every thread of a build: thread-safe.
 *
 * <p>A little over 300 lines because it is the one place where the English steps meet and share a document's
 * analysis (tokens, tags, offsets, abbreviations): each step is its own class, and this one assembles their results
 * into candidates with their evidence.
 */
public final class OpenNlpTermExtractor implements TermExtractor {
    private final EnglishLexicon lexicon;
    private final ThreadLocal<EnglishAnalyzer> analyzers;
    private final NounPhrases phrases;
    private final AbbreviationFinder abbreviations = new AbbreviationFinder();
    private final DefinitionFinder definitions = new DefinitionFinder();
    private final Termhood termhood;
    private final DescribingPhrases describing;
    private final Nesting nesting;
    private final WholeSpans wholeSpans;
    private final Glossary glossary;
    /**
     * What the glossary knows of each candidate text asked so far ({@link #known}): the same texts recur from
     * document to document ("model", "large language model"), and a look-up that misses builds two keys, one with the
     * spelling rules' patterns. At most {@link #MAX_REMEMBERED} texts.
     */
    private final Map<String, Termhood.Known> knownTexts = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 200_000;

    /** An extractor that knows no glossary. */
    public OpenNlpTermExtractor(EnglishModels models, EnglishLexicon lexicon) {
        this(models, lexicon, Glossary.of(List.of()));
    }

    /**
     * @param glossary terms known to be terms ({@code inpainting}) and abbreviations known to have a long form: a
     *                 candidate it lists counts more (see {@link Termhood})
     */
    public OpenNlpTermExtractor(EnglishModels models, EnglishLexicon lexicon, Glossary glossary) {
        Objects.requireNonNull(models, "models");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.analyzers = ThreadLocal.withInitial(() -> new EnglishAnalyzer(models));
        this.phrases = new NounPhrases(lexicon);
        this.termhood = new Termhood(lexicon);
        this.describing = new DescribingPhrases(lexicon);
        this.nesting = new Nesting(lexicon);
        this.wholeSpans = new WholeSpans(lexicon);
    }

    @Override
    public Lang lang() {
        return Lang.EN;
    }

    /**
     * Forgets what was remembered of the documents extracted so far, as words and terms recur from document to
     * document: how the tokenizer split the words (on the calling thread; see {@link EnglishAnalyzer}), what the word
     * lists say of each word ({@link EnglishLexicon}) and what the glossary knows of each candidate. The next document
     * is extracted as the first of a build is. For benchmarks that repeat the same documents.
     */
    public void forgetRemembered() {
        analyzers.get().forgetSplits();
        lexicon.forgetAsked();
        knownTexts.clear();
    }

    @Override
    public List<TermCandidate> extract(Document doc) {
        if (doc.lang() != Lang.EN) {
            throw new IllegalArgumentException("document " + doc.id() + " is " + doc.lang() + ", not English");
        }
        String head = Titles.head(doc.title(), doc.text());
        String text = LongTokens.blanked(head + doc.text());
        EnglishAnalyzer analyzer = analyzers.get();
        List<Abbreviation> abbrs = abbreviations.find(text);
        List<Sentence> sentences = analyzer.analyze(text, Spans.dashBreaks(text, abbrs));
        int titleSentences = 0;
        while (titleSentences < sentences.size() && sentences.get(titleSentences).start() < head.length()) {
            titleSentences++;
        }
        Set<String> writtenWords = PhraseForms.words(sentences);
        Plurals plurals = new Plurals(lexicon, analyzer::nounLemma, writtenWords::contains);
        Set<String> names = PhraseForms.names(sentences.subList(titleSentences, sentences.size()));
        Set<String> authors = Citations.authors(doc.text());
        CandidateTally tally = new CandidateTally();
        Map<String, String> longKeyByShort = LongFormEntries.add(lexicon, abbrs, sentences, plurals, names, tally,
                text);
        List<int[]> urls = Spans.urls(text);
        List<List<Phrase>> found = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            found.add(phrases.find(s, names));
        }
        found = wholeSpans.widened(sentences, found, (s, p) -> PhraseForms.keyOf(s, p, s.span(p.from(), p.to()),
                plurals.singular(s.tokens().get(p.to() - 1).text())));
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            String parent = null;
            for (Phrase p : found.get(si)) {
                if (Spans.covered(abbrs, urls, text, s.tokens().get(p.from()).start(),
                        s.tokens().get(p.to() - 1).end())) {
                    continue;
                }
                String written = s.span(p.from(), p.to());
                String lastSingular = plurals.singular(s.tokens().get(p.to() - 1).text());
                String shown = PhraseForms.shown(s, p, written, lastSingular, plurals, names, writtenWords);
                String key = PhraseForms.keyOf(s, p, written, lastSingular);
                Occurrence where = new Occurrence(si, s.tokens().get(p.from()).start() - s.start(),
                        s.tokens().get(p.to() - 1).end() - s.start(), p.kind() != Phrase.Kind.NESTED);
                int start = s.tokens().get(p.from()).start();
                String longKey = p.length() <= 2 ? longKeyByShort.get(key) : null;
                if (longKey != null) {
                    tally.add(longKey, null, written, where, start, Phrase.Kind.NESTED, false, null);
                    continue;
                }
                if (p.kind() != Phrase.Kind.NESTED) {
                    parent = key;
                }
                boolean inTitle = si < titleSentences;
                CandidateTally.Entry e = tally.add(key, inTitle && !head.isEmpty() ? null : shown, written, where,
                        start, p.kind(), p.example(), p.kind() == Phrase.Kind.NESTED ? parent : null);
                if (si == titleSentences && p.kind() != Phrase.Kind.NESTED) {
                    e.inFirstSentence = true;
                }
                if (inTitle) {
                    e.inTitle = true;
                    e.titleForm = e.titleForm == null ? shown : e.titleForm;
                }
                if (p.length() == 1) {
                    e.singleNoun = s.tokens().get(p.from()).is("NOUN");
                }
                if (p.length() >= 2 && s.tokens().get(p.from()).is("ADJ", "VERB")) {
                    e.adjectiveFirst = true;
                }
            }
        }
        LongFormEntries.markShortFormAndNoun(tally, abbrs, head);
        List<Nesting.Item> items = new ArrayList<>();
        Set<CandidateTally.Entry> cued = new HashSet<>();
        for (CandidateTally.Entry e : tally.entries()) {
            Termhood.Known known = known(e.text());
            if (authors.contains(e.text()) || isPassingProperNoun(e, known)
                    || e.abbr == null && NamePieces.onlyInsideNames(e.text(), text)
                    || known != Termhood.Known.TERM && e.text() != null && e.abbr == null
                    && Mentions.only(e, e.text(), text, sentences, lexicon)) {
                // "Zhao et al.", "Buzek and Hillery (1996)": an author is no term; nor a place or a person's name
                // the text only mentions ("in Australia"), nor a short form written only in longer names (NODE of
                // FNODE and MBD-NODE), nor a person it quotes, a reference piece, an owner's possessive, a symbol or
                // a unit (Mentions).
                continue;
            }
            TermCandidate c = candidate(doc, e, sentences, titleSentences, head.length(), names, known, cued);
            if (c != null) {
                items.add(new Nesting.Item(e, c, c.abbr() != null || cued.contains(e),
                        known == Termhood.Known.TERM));
            }
        }
        return nesting.kept(items);
    }

    /**
     * A single word that SCOWL writes only with a capital (a place, a person's first name: "Australia", "Claude"),
     * mentioned once, outside the title, with no short form: the text passes it by.
     */
    private boolean isPassingProperNoun(CandidateTally.Entry e, Termhood.Known known) {
        String text = e.text();
        return text != null && text.indexOf(' ') < 0 && Character.isUpperCase(text.charAt(0))
                && !Words.isAcronymLike(text) && lexicon.isProperNoun(text) && e.frequency() < 2 && !e.inTitle
                && e.abbr == null && known != Termhood.Known.TERM;
    }

    /**
     * Everyday English words only (SCOWL sizes up to {@value EnglishLexicon#EVERYDAY}, every part of a hyphenated
     * word), no capital, digit or acronym, no head of the field ({@code ml-words.txt}) and no glossary term.
     */
    @Override
    public boolean isPlain(String term) {
        return term != null && !term.isBlank() && known(term) != Termhood.Known.TERM
                && describing.isPlain(term.trim().split("\\s+"), Set.of());
    }

    /**
     * Lower case, no digit, not a glossary term, and the last word (singular) a generic head or a weak head of
     * {@code generic-words.txt} ("tabular dataset", "polynomially-large range", "offline dataset"). A word in
     * capitals that the glossary has as a term, or a short form in capitals it knows, names no particular thing either ("text-to-image
     * Transformer model", "open-domain QA dataset": a description of the paper's model or data, whose name has the
     * card); an unknown one does ("RTLLM dataset", "Sum-of-Squares method").
     */
    @Override
    public boolean hasGenericHead(String term) {
        if (term == null || term.isBlank() || term.chars().anyMatch(Character::isDigit)
                || known(term) == Termhood.Known.TERM) {
            return false;
        }
        String[] words = term.trim().split("\\s+");
        for (String w : words) {
            if (!w.equals(w.toLowerCase(Locale.ROOT)) && known(w) != Termhood.Known.TERM
                    && !(w.replaceFirst("s$", "").chars().allMatch(Character::isUpperCase)
                            && known(w) != Termhood.Known.NOTHING)) {
                return false;
            }
        }
        String head = Words.singularLower(words[words.length - 1]);
        return lexicon.isGenericHead(head) || lexicon.isWeakHead(head);
    }

    /** What the glossary knows of a term shown as {@code text}. */
    private Termhood.Known known(String text) {
        if (text == null) {
            return Termhood.Known.NOTHING;
        }
        Termhood.Known known = knownTexts.get(text);
        if (known == null) {
            known = lookUp(text);
            if (knownTexts.size() < MAX_REMEMBERED) {
                knownTexts.put(text, known);
            }
        }
        return known;
    }

    private Termhood.Known lookUp(String text) {
        var entry = glossary.byEnglish(text);
        if (entry.isPresent()) {
            return glossary.isBasic(entry.get()) ? Termhood.Known.OTHER : Termhood.Known.TERM;
        }
        return glossary.byAbbr(text).isEmpty() ? Termhood.Known.NOTHING : Termhood.Known.OTHER;
    }

    private TermCandidate candidate(Document doc, CandidateTally.Entry e, List<Sentence> sentences,
            int titleSentences, int shift, Set<String> names, Termhood.Known known, Set<CandidateTally.Entry> cued) {
        String text = e.text();
        if (text == null) {
            return null;
        }
        double ifDefined = termhood.of(e, text, names, true, known);
        if (ifDefined <= 0) {
            return null;
        }
        List<Occurrence> inBody = new ArrayList<>(e.occurrences.size());
        for (Occurrence o : e.occurrences) {
            if (o.sentence() >= titleSentences) {
                inBody.add(o);
            }
        }
        DefinitionFinder.Found def = inBody.isEmpty() ? null
                : definitions.find(sentences, inBody, text, known == Termhood.Known.TERM);
        double t = def != null ? ifDefined : termhood.of(e, text, names, false, known);
        if (t <= 0) {
            return null;
        }
        List<String> variants = new ArrayList<>();
        for (String w : e.written) {
            if (!w.equalsIgnoreCase(text) && !w.equals(e.abbr)) {
                variants.add(w);
            }
        }
        for (String v : e.shown.keySet()) {
            if (!v.equals(text)) {
                variants.add(v);
            }
        }
        // A cue whose definition is not worth showing still marks a term (termhood, nesting), but the card shows no
        // definition.
        if (def != null) {
            cued.add(e);
        }
        def = def != null && def.shown() ? def : null;
        int contextSentence = def != null ? def.sentence()
                : bestContext(sentences, inBody.isEmpty() ? e.occurrences : inBody);
        String context = CardText.finish(CardText.stripIntro(
                def != null ? sentences.get(contextSentence).text() : CardText.clauseAround(
                        sentences.get(contextSentence), firstIn(e.occurrences, contextSentence))));
        return new TermCandidate(Lang.EN, e.key, text, variants, e.abbr, null, def != null ? def.text() : null,
                context, doc.id(), inBody.isEmpty() ? 0 : firstStart(sentences, inBody) - shift, e.frequency(), t);
    }

    /** The first of {@code occurrences} in sentence {@code sentence} (there is one). */
    private static Occurrence firstIn(List<Occurrence> occurrences, int sentence) {
        for (Occurrence o : occurrences) {
            if (o.sentence() == sentence) {
                return o;
            }
        }
        throw new java.util.NoSuchElementException("no occurrence in sentence " + sentence);
    }

    private static int firstStart(List<Sentence> sentences, List<Occurrence> occurrences) {
        int first = Integer.MAX_VALUE;
        for (Occurrence o : occurrences) {
            first = Math.min(first, sentences.get(o.sentence()).start() + o.from());
        }
        return first;
    }

    /** The first sentence using the term, unless it is long (over 250 characters) and a shorter one exists. */
    private static int bestContext(List<Sentence> sentences, List<Occurrence> occurrences) {
        int best = occurrences.get(0).sentence();
        for (Occurrence o : occurrences) {
            if (sentences.get(best).text().length() <= 250) {
                break;
            }
            if (sentences.get(o.sentence()).text().length() < sentences.get(best).text().length()) {
                best = o.sentence();
            }
        }
        return best;
    }

}
