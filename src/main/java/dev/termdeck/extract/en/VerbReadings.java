package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a token of a tagged sentence is read as a verb whatever the tagger made of it, so that it stands in no noun
 * phrase: a clause's participle or gerund ("using", "based"), a word WordNet knows only as a verb, a noun-tagged
 * "-s" word before what follows verbs, a past participle after a subject, the verb of an infinitive or after a modal.
 * Stateless apart from the immutable lexicon; thread-safe.
 */
final class VerbReadings {
    /** Participles and gerunds that introduce a clause rather than modify a noun. */
    private static final Set<String> CLAUSE_VERBS = Set.of(
            "using", "including", "comprising", "containing", "leveraging", "utilizing", "involving", "requiring",
            "achieving", "following", "showing", "making", "having", "being", "allowing", "enabling", "combining",
            "based", "given", "used", "made", "called", "named", "known", "termed", "dubbed", "compared",
            "obtained", "trained", "designed", "built", "developed", "generated", "provided", "extracted",
            "applied", "derived", "identified", "learned", "taken", "shown", "found", "seen", "done", "located",
            "according", "regarding", "concerning", "considering", "undergoing", "retaining", "reducing",
            "improving", "translating", "resulting", "leading", "creating", "producing", "building", "opening",
            "matching", "sorting", "defining", "summing", "generating", "preserving", "educating", "choosing",
            "relying", "memorizing", "conducting", "identifying", "supervising", "centered", "meant", "related",
            "consisting", "designing", "constructing", "introducing", "exploring", "studying", "evaluating");

    /** Modal and "do" auxiliaries: the word after one (an adverb or "not" aside) is a verb. */
    private static final Set<String> MODALS = Set.of("can", "cannot", "could", "may", "might", "must", "shall",
            "should", "will", "would", "does", "do", "did");

    private final EnglishLexicon lexicon;

    VerbReadings(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A participle or gerund that introduces a clause ("using", "based"), given in lower case. */
    static boolean isClauseVerb(String lower) {
        return CLAUSE_VERBS.contains(lower);
    }

    /**
     * "in preserving biodiversity", "by using tools", "under constrained budgets": a gerund or participle after a
     * preposition is a verb.
     */
    static boolean isClauseGerund(List<Token> t, int k) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        boolean verbal = w.endsWith("ing") || w.endsWith("ed") && t.get(k).is("VERB", "ADJ");
        return verbal && k > 0 && t.get(k - 1).is("ADP", "SCONJ", "ADV") && k + 1 < t.size()
                && !t.get(k + 1).is("PUNCT", "ADP", "CCONJ");
    }

    /** A noun-tagged "-s" word followed by what follows verbs ("field involves designing", "methods aim to"). */
    boolean isMistaggedVerb(List<Token> t, int k) {
        Token tok = t.get(k);
        if (!tok.is("NOUN") || !Words.isPluralLooking(tok.text()) || k + 1 >= t.size()) {
            return false;
        }
        if (k > 0 && (t.get(k - 1).isNoun() || t.get(k - 1).is("ADJ")) && lexicon.isVerb(tok.text())) {
            return true;
        }
        // "ASMS leverages federated learning": after a noun, a word WordNet knows as a verb, before a participle.
        if (k > 0 && t.get(k - 1).isNoun() && t.get(k + 1).is("VERB") && lexicon.canBeVerb(tok.text())) {
            return true;
        }
        return t.get(k + 1).is("DET", "PRON", "ADV", "PART", "NUM")
                || t.get(k + 1).is("ADJ") && k > 0 && t.get(k - 1).isNoun();
    }

    /**
     * A verb the tagger took for a noun or an adjective: WordNet knows the word only as a verb ("attracts", "reveal",
     * "varies", "operates"), or, tagged as an adjective, as a verb and not as an adjective ("shown to affect/ADJ").
     * Names (a capital) are left alone.
     */
    boolean isVerbWord(Token tok) {
        String w = tok.text();
        if (!tok.is("NOUN", "ADJ") || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        return lexicon.isOnlyVerb(w) || tok.is("ADJ") && lexicon.isVerbNotAdjective(w)
                && !w.endsWith("ed") && !w.endsWith("ing");
    }

    /**
     * A past participle right after a subject ("we performed numerical simulations", "the model learned features"):
     * a verb, not a modifier.
     */
    static boolean isFiniteParticiple(List<Token> t, int k) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        return k > 0 && t.get(k).is("VERB") && w.endsWith("ed") && t.get(k - 1).is("PRON", "AUX");
    }

    /**
     * "fail to capture representations", "learn to model interactions": after "to", a word that can be a verb
     * before a plural noun, or before a describing word and a noun ("to extract structured facets"), is the verb of
     * an infinitive; after a modal ("can", "may", "does not"), a word that can be a verb is one.
     */
    boolean isInfinitive(List<Token> t, int k) {
        if (k == 0 || k + 1 >= t.size() || !Character.isLowerCase(t.get(k).text().charAt(0))
                || !lexicon.canBeVerb(t.get(k).text()) || Words.isPluralLooking(t.get(k).text())) {
            return false;
        }
        // "to better process numerical sequences", "does not need stepwise computing": an adverb or "not" may
        // stand between "to" or a modal and its verb.
        int to = k - 1;
        while (to > 0 && to >= k - 2 && (t.get(to).is("ADV", "PART") && !t.get(to).text().equalsIgnoreCase("to")
                || t.get(to).text().equalsIgnoreCase("better"))) {
            to--;
        }
        if (MODALS.contains(t.get(to).text().toLowerCase(Locale.ROOT))) {
            // "can weaken positional encoding", "may hinder/ADJ model generalization": after a modal comes a verb.
            return true;
        }
        if (t.get(to).is("PRON", "CCONJ") && to == k - 1 && isSubjectOrConjunction(t.get(to).text())) {
            // "We update intermediate embedding", "to maximize efficiency and capture long-range/ADJ spatial
            // dependencies": after a subject or "and", a verb-able word before a describing word and a noun is a
            // verb, as after "to" below.
            return isVerbBeforeDescribedObject(t, k) || t.get(k + 1).text().indexOf('-') > 0 && k + 3 < t.size()
                    && t.get(k + 2).is("ADJ") && t.get(k + 3).isNoun() && t.get(k).is("NOUN", "VERB");
        }
        if (!t.get(to).text().equalsIgnoreCase("to")) {
            return false;
        }
        if (to == k - 2 && t.get(k - 1).text().endsWith("ly")) {
            // "to properly model arterial autoregulation": an adverb of manner before it makes the word a verb.
            return true;
        }
        if (t.get(k + 1).is("NOUN")) {
            return Words.isPluralLooking(t.get(k + 1).text());
        }
        // "methods to extract/NOUN spectral representations", "models to extract structured/VERB facets": a
        // describing word after the verb-able word starts its object; a noun is not followed by its adjective.
        return isVerbBeforeDescribedObject(t, k);
    }

    private static boolean isVerbBeforeDescribedObject(List<Token> t, int k) {
        return (t.get(k + 1).is("ADJ") || t.get(k + 1).is("VERB") && t.get(k + 1).text().endsWith("ed"))
                && t.get(k).is("NOUN", "VERB") && k + 2 < t.size() && t.get(k + 2).isNoun();
    }

    private static boolean isSubjectOrConjunction(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("we") || l.equals("they") || l.equals("and") || l.equals("or");
    }
}
