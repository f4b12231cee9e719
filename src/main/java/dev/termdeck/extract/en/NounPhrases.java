package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds candidate terms in a tagged sentence: noun phrases over UPOS tags, {@code (ADJ|NOUN|PROPN|participle)*
 * (NOUN|PROPN)}, with leading generic modifiers ("novel", "existing") and leading numbers ("176B-parameter")
 * dropped, and a trailing container head ("task", "problem") dropped. Each phrase also gives its nested sub-phrases
 * with the same head, and, when it contains a name followed by common nouns, the phrase ending in that name.
 * Stateless apart from the immutable lexicon; thread-safe.
 */
final class NounPhrases {
    /** The longest phrase kept whole; longer ones give only their nested phrases up to this length. */
    static final int MAX_WORDS = 6;

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
            "relying", "memorizing", "conducting", "identifying", "supervising", "centered", "meant", "related");

    private final EnglishLexicon lexicon;

    NounPhrases(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The phrases of {@code s}.
     *
     * @param names words written with a capital inside a sentence somewhere in the document (treated as names)
     */
    List<Phrase> find(Sentence s, Set<String> names) {
        List<Token> t = s.tokens();
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!isModifier(t, i, names)) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.size() && isModifier(t, j, names)) {
                j++;
            }
            int end = j;
            while (end > i && !isHead(t, end - 1, names)) {
                end--;
            }
            if (end > i) {
                addPhrases(t, i, end, names, out);
            }
            i = j;
        }
        return out;
    }

    private void addPhrases(List<Token> t, int from, int to, Set<String> names, List<Phrase> out) {
        int start = from;
        while (start < to - 1 && (lexicon.isGenericModifier(t.get(start).text()) || isNumberLike(t.get(start))
                || isGenericAt(t, start))) {
            start++;
        }
        if (start == to - 1 && (lexicon.isGenericModifier(t.get(start).text()) || isNumberLike(t.get(start)))) {
            return;
        }
        int end = to;
        if (end - start >= 2 && lexicon.isContainerHead(singularLower(t.get(end - 1).text()))) {
            end--;
            while (end > start && !isHead(t, end - 1, names)) {
                end--;
            }
            if (end == start) {
                return;
            }
        }
        int length = end - start;
        if (length <= MAX_WORDS) {
            out.add(new Phrase(start, end, Phrase.Kind.MAXIMAL));
        }
        for (int k = Math.max(start + 1, end - 4); k < end - 1; k++) {
            if (!lexicon.isGenericModifier(t.get(k).text()) && !isNumberLike(t.get(k))) {
                out.add(new Phrase(k, end, Phrase.Kind.NESTED));
            }
        }
        for (int k = start + 1; k < end - 1; k++) {
            if (isNameWord(t, k, names) && allCommonAfter(t, k + 1, end, names)) {
                out.add(new Phrase(start, k + 1, Phrase.Kind.NAME_PREFIX));
                break;
            }
        }
    }

    /** "natural-sounding", "large-scale" and the like at the start; and words like "etc". */
    private boolean isGenericAt(List<Token> t, int k) {
        return lexicon.isStopWord(t.get(k).text());
    }

    private boolean allCommonAfter(List<Token> t, int from, int to, Set<String> names) {
        for (int k = from; k < to; k++) {
            if (isNameWord(t, k, names) || !t.get(k).is("NOUN")) {
                return false;
            }
        }
        return true;
    }

    /** A token that can stand inside a noun phrase. */
    boolean isModifier(List<Token> t, int k, Set<String> names) {
        Token tok = t.get(k);
        if (!isWordToken(tok) || lexicon.isStopWord(tok.text())) {
            return false;
        }
        if (isHead(t, k, names) || tok.is("ADJ")) {
            return true;
        }
        String w = tok.text().toLowerCase(Locale.ROOT);
        return tok.is("VERB") && (w.endsWith("ed") || w.endsWith("en")) && !CLAUSE_VERBS.contains(w)
                && k + 1 < t.size() && (t.get(k + 1).isNoun() || t.get(k + 1).is("ADJ"));
    }

    /** A token that can end a noun phrase: a noun, a name, or a gerund inside a compound ("machine learning"). */
    boolean isHead(List<Token> t, int k, Set<String> names) {
        Token tok = t.get(k);
        if (!isWordToken(tok) || lexicon.isStopWord(tok.text())) {
            return false;
        }
        if (tok.isNoun() || isNameWord(t, k, names)) {
            return !tok.text().equalsIgnoreCase("etc");
        }
        String w = tok.text().toLowerCase(Locale.ROOT);
        return tok.is("VERB") && w.endsWith("ing") && !CLAUSE_VERBS.contains(w) && k > 0
                && (t.get(k - 1).isNoun() || t.get(k - 1).is("ADJ"));
    }

    /** A name: written with a capital inside a sentence in this document, or an acronym ("BLOOM", "PopQA"). */
    static boolean isNameWord(List<Token> t, int k, Set<String> names) {
        String w = t.get(k).text();
        return isAcronymLike(w) || names.contains(w) && !t.get(k).is("PRON", "DET", "ADP", "CCONJ", "SCONJ");
    }

    /** Two capitals, or a capital after a lower-case letter ("BLOOM", "PopQA", "sBIC", "HAC-Net", "CLIP2TV"). */
    static boolean isAcronymLike(String w) {
        int capitals = 0;
        boolean lowerBeforeUpper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
                if (i > 0 && Character.isLowerCase(w.charAt(i - 1))) {
                    lowerBeforeUpper = true;
                }
            }
        }
        return capitals >= 2 || lowerBeforeUpper;
    }

    private static boolean isWordToken(Token tok) {
        String w = tok.text();
        if (tok.tag().indexOf('+') >= 0 || !Character.isLetterOrDigit(w.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '\u2010' || c == '\u2011')) {
                return false;
            }
        }
        return w.chars().anyMatch(Character::isLetter);
    }

    /** "176B-parameter", "3-dimensional", "10-fold", "900M": a quantity, not part of a term. */
    private static boolean isNumberLike(Token tok) {
        return Character.isDigit(tok.text().charAt(0)) && !isAcronymLike(tok.text());
    }

    private static String singularLower(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("s") && !l.endsWith("ss") ? l.substring(0, l.length() - 1) : l;
    }
}
