package dev.termdeck.extract.en;

import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The term candidate a tallied entry of a document makes: its termhood ({@link Termhood}), its definition by cue
 * ({@link DefinitionFinder}), its variants and the sentence shown with it. Stateless apart from the immutable
 * lexicon; thread-safe.
 */
final class TermCandidates {
    private final Termhood termhood;
    private final EnglishLexicon lexicon;
    private final DefinitionFinder definitions = new DefinitionFinder();

    TermCandidates(EnglishLexicon lexicon) {
        this.termhood = new Termhood(lexicon);
        this.lexicon = lexicon;
    }

    /**
     * The candidate of entry {@code e} of document {@code d}, or null when it is no term.
     *
     * @param docId the document's id
     * @param known what the bilingual glossary knows of it
     * @param cued  where an entry a cue defines is added, whether or not its definition is worth showing
     */
    TermCandidate of(String docId, AnalyzedDocument d, CandidateTally.Entry e, Termhood.Known known,
            Set<CandidateTally.Entry> cued) {
        List<Sentence> sentences = d.sentences();
        int titleSentences = d.titleSentences();
        int shift = d.head().length();
        Set<String> names = d.names();
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
        List<String> variants = variants(e, text);
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
                context, docId, inBody.isEmpty() ? 0 : firstStart(sentences, inBody) - shift, e.frequency(), t);
    }

    /**
     * The other ways the document writes or shows entry {@code e}, shown as {@code text}, and an eponym's form
     * without its possessive ({@link Possessives#withoutPossessive}).
     */
    private List<String> variants(CandidateTally.Entry e, String text) {
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
        String eponym = Possessives.withoutPossessive(text, lexicon);
        if (eponym != null && !variants.contains(eponym)) {
            variants.add(eponym);
        }
        return variants;
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
