package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tallies the candidate phrases of one document: the long forms of its abbreviations ({@link LongFormEntries}), then
 * the noun phrases of every sentence ({@link NounPhrases}) with the edges the document gives ({@link WholeSpans},
 * {@link NameNumbers}), each shown and keyed by {@link PhraseForms}, where they were found and how. Stateless apart
 * from the immutable lexicon; thread-safe.
 */
final class DocumentPhrases {
    private final EnglishLexicon lexicon;
    /** The phrases of one sentence. */
    private final NounPhrases phrases;
    /** The edges the whole document gives its phrases. */
    private final WholeSpans wholeSpans;

    DocumentPhrases(EnglishLexicon lexicon) {
        this.phrases = new NounPhrases(lexicon);
        this.wholeSpans = new WholeSpans(lexicon);
        this.lexicon = lexicon;
    }

    /** The candidates of {@code d}, by key. */
    CandidateTally tally(AnalyzedDocument d) {
        List<Sentence> sentences = d.sentences();
        List<Abbreviation> abbrs = d.abbrs();
        String text = d.text();
        String head = d.head();
        int titleSentences = d.titleSentences();
        Plurals plurals = d.plurals();
        CandidateTally tally = new CandidateTally();
        Map<String, String> longKeyByShort = LongFormEntries.add(lexicon, abbrs, sentences, plurals, d.names(), tally,
                text);
        List<int[]> urls = Spans.urls(text);
        List<List<Phrase>> found = phrasesOf(d);
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
                String shown = PhraseForms.shown(s, p, written, lastSingular, plurals, d.names(), d.writtenWords());
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
        return tally;
    }

    /** The phrases of each sentence of {@code d}, with the edges the whole document gives. */
    private List<List<Phrase>> phrasesOf(AnalyzedDocument d) {
        List<Sentence> sentences = d.sentences();
        Plurals plurals = d.plurals();
        List<List<Phrase>> found = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            found.add(phrases.find(s, d.names()));
        }
        return NameNumbers.widened(sentences, wholeSpans.widened(sentences, found, (s, p) -> PhraseForms.keyOf(s, p,
                s.span(p.from(), p.to()), plurals.singular(s.tokens().get(p.to() - 1).text()))), lexicon);
    }
}
