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
 * <p>This class analyses a document once ({@link AnalyzedDocument}), has {@link DocumentPhrases} tally its
 * candidates, leaves out those that are no terms (authors, names the text only mentions) and has
 * {@link TermCandidates} make the others' candidates, asking {@link KnownTexts} what the glossary knows of each.
 */
public final class OpenNlpTermExtractor implements TermExtractor {
    private final EnglishLexicon lexicon;
    private final ThreadLocal<EnglishAnalyzer> analyzers;
    private final AbbreviationFinder abbreviations = new AbbreviationFinder();
    private final DocumentPhrases phrases;
    private final TermCandidates candidates;
    private final DescribingPhrases describing;
    private final Nesting nesting;
    private final KnownTexts knownTexts;

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
        this.knownTexts = new KnownTexts(glossary);
        this.analyzers = ThreadLocal.withInitial(() -> new EnglishAnalyzer(models));
        this.phrases = new DocumentPhrases(lexicon);
        this.candidates = new TermCandidates(lexicon);
        this.describing = new DescribingPhrases(lexicon);
        this.nesting = new Nesting(lexicon);
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
        knownTexts.forget();
    }

    @Override
    public List<TermCandidate> extract(Document doc) {
        if (doc.lang() != Lang.EN) {
            throw new IllegalArgumentException("document " + doc.id() + " is " + doc.lang() + ", not English");
        }
        AnalyzedDocument d = analyze(doc);
        String text = d.text();
        List<Sentence> sentences = d.sentences();
        Set<String> authors = Citations.authors(doc.text());
        CandidateTally tally = phrases.tally(d);
        List<Nesting.Item> items = new ArrayList<>();
        Set<CandidateTally.Entry> cued = new HashSet<>();
        for (CandidateTally.Entry e : tally.entries()) {
            Termhood.Known known = known(e.text());
            if (authors.contains(e.text()) || isPassingProperNoun(e, known)
                    || e.abbr == null && NamePieces.onlyInsideNames(e.text(), text)
                    || known != Termhood.Known.TERM && e.text() != null && e.abbr == null
                    && (Mentions.only(e, e.text(), text, sentences, lexicon)
                            || ClauseVerbs.only(e, sentences, d.titleSentences(), lexicon))) {
                // "Zhao et al.", "Buzek and Hillery (1996)": an author is no term; nor a place or a person's name
                // the text only mentions ("in Australia"), nor a short form written only in longer names (NODE of
                // FNODE and MBD-NODE), nor a person it quotes, a reference piece, an owner's possessive, a symbol or
                // a unit (Mentions), nor a phrase holding a verb of its sentence ("This paper presents": ClauseVerbs).
                continue;
            }
            TermCandidate c = candidates.of(doc.id(), d, e, known, cued);
            if (c != null) {
                items.add(new Nesting.Item(e, c, c.abbr() != null || cued.contains(e),
                        known == Termhood.Known.TERM));
            }
        }
        return nesting.kept(items);
    }

    /** The document's text with its title before it, cut into tagged sentences, with what the steps share of it. */
    private AnalyzedDocument analyze(Document doc) {
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
        return new AnalyzedDocument(head, text, sentences, titleSentences, abbrs, writtenWords, plurals, names);
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
        return knownTexts.of(text);
    }
}
