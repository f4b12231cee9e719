package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A candidate whose every occurrence holds a verb of its sentence that the tagger took for a noun or a modifier: the
 * text never writes it as a noun phrase. Told by grammar the sentence itself gives, not by a list of verbs:
 * <ul>
 * <li><b>agreement</b>: right after a singular determiner ("a", "this", "each" ...), a phrase whose last word is
 * written as a plural and whose other words are not: a singular determiner does not take a plural head, so the
 * "-s" word is the verb ("This paper presents design", "on a PCI card saves power"), or the phrase goes on past it.
 * A word WordNet lists as it is written ("a series", "a sales process") is no plural.</li>
 * <li><b>a headline</b>: in the title, a noun, then an "-s" word WordNet knows as a verb, then the start of a noun
 * phrase ("Firewall card shields data", "Outsourced backup saves time").</li>
 * <li><b>a participle after its subject</b>: an "-ed" word WordNet knows only as a verb's form, right after a noun,
 * leading the phrase or inside it ("The results showed minimal effects", "an additional descriptor allowed
 * reduction").</li>
 * </ul>
 * Measured on the Inspec tune split (docs/QUALITY.md, Precision, twelfth session): none of the candidates so written
 * was a keyphrase. Stateless; thread-safe.
 */
final class ClauseVerbs {
    /** Determiners that take a singular noun only. */
    private static final Set<String> SINGULAR = Set.of("a", "an", "this", "each", "every", "another", "either",
            "neither");

    private ClauseVerbs() {
    }

    /**
     * Whether every occurrence of {@code e} holds a verb of its sentence.
     *
     * @param titleSentences how many of {@code sentences} are the title's
     */
    static boolean only(CandidateTally.Entry e, List<Sentence> sentences, int titleSentences,
            EnglishLexicon lexicon) {
        if (e.occurrences.isEmpty()) {
            return false;
        }
        for (Occurrence o : e.occurrences) {
            Sentence s = sentences.get(o.sentence());
            int from = Mentions.tokenAt(s, o.from(), true);
            int to = Mentions.tokenAt(s, o.to(), false) + 1;
            List<Token> t = s.tokens();
            if (from < 0 || to <= from || !holdsVerb(t, from, to, o.sentence() < titleSentences, lexicon)) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) of a sentence hold one of its verbs. */
    static boolean holdsVerb(List<Token> t, int from, int to, boolean inTitle, EnglishLexicon lexicon) {
        return disagrees(t, from, to, lexicon) || inTitle && isHeadlineVerb(t, from, to, lexicon)
                || isSubjectsParticiple(t, from, to, lexicon);
    }

    /** "This paper presents": a singular determiner, then a phrase that ends, and only ends, in a plural. */
    private static boolean disagrees(List<Token> t, int from, int to, EnglishLexicon lexicon) {
        if (from == 0 || !SINGULAR.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT))
                || !isWrittenPlural(t.get(to - 1).text(), lexicon)) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            if (Words.isPluralLooking(t.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** "Firewall card shields data": in a title, a noun, an "-s" verb, then a noun phrase. */
    private static boolean isHeadlineVerb(List<Token> t, int from, int to, EnglishLexicon lexicon) {
        String last = t.get(to - 1).text();
        return to - from >= 2 && to < t.size() && isWrittenPlural(last, lexicon) && lexicon.canBeVerb(last)
                && t.get(to - 2).isNoun() && t.get(to).is("NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON");
    }

    /**
     * "The results showed minimal effects", "the approach discussed leads to", "an additional descriptor allowed
     * reduction": a verb's "-ed" form right after a noun, leading the phrase or inside it.
     */
    private static boolean isSubjectsParticiple(List<Token> t, int from, int to, EnglishLexicon lexicon) {
        for (int k = Math.max(from, 1); k < to - 1; k++) {
            if (t.get(k - 1).isNoun() && lexicon.isOnlyVerbForm(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** An "-s" word in lower case that WordNet does not list as it is written ("presents"; not "series"). */
    private static boolean isWrittenPlural(String word, EnglishLexicon lexicon) {
        return Words.isPluralLooking(word) && !lexicon.isListedAsWritten(word);
    }
}
