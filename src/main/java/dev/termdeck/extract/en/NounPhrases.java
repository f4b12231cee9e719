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
            "relying", "memorizing", "conducting", "identifying", "supervising", "centered", "meant", "related",
            "consisting", "designing", "constructing", "introducing", "exploring", "studying", "evaluating");

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
        int exampleFrom = exampleListStart(t);
        int i = 0;
        while (i < t.size()) {
            if (!isModifier(t, i, names) || isClauseGerund(t, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size() && isModifier(t, j, names) && !endsPhrase(t, j - 1, names)
                    && !startsPhrase(t, j, names)) {
                j++;
            }
            int end = j;
            while (end > i && !isHead(t, end - 1, names)) {
                end--;
            }
            if (end > i) {
                addPhrases(t, i, end, names, i >= exampleFrom, out);
            }
            i = j;
        }
        return out;
    }

    /**
     * The first token after "such as", "e.g." or "including" that follows a word for fields of application
     * ("many domains, such as economics, health care, ..."): the rest of the sentence lists examples from outside
     * the paper's subject.
     */
    private int exampleListStart(List<Token> t) {
        for (int k = 1; k + 1 < t.size(); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            String next = t.get(k + 1).text().toLowerCase(Locale.ROOT);
            if (w.equals("such") && next.equals("as") || w.equals("e.g.") || w.equals("including")) {
                int before = t.get(k - 1).is("PUNCT") && k > 1 ? k - 2 : k - 1;
                if (lexicon.isApplicationArea(singularLower(t.get(before).text()))) {
                    return k + 1;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A plural noun ends a noun phrase: English compounds take singular modifiers ("model architecture"). */
    private boolean endsPhrase(List<Token> t, int k, Set<String> names) {
        Token tok = t.get(k);
        return tok.is("NOUN") && isPluralLooking(tok.text()) && !isNameWord(t, k, names);
    }

    /** A generic adjective after a noun starts a new phrase ("orders of magnitude | larger LMs"). */
    private boolean startsPhrase(List<Token> t, int k, Set<String> names) {
        return t.get(k).is("ADJ") && !isNameWord(t, k, names) && t.get(k - 1).isNoun()
                && lexicon.isGenericModifier(t.get(k).text()) || isNumberLike(t.get(k)) && k > 0
                && !isNumberLike(t.get(k - 1));
    }

    /**
     * "in preserving biodiversity", "by using tools", "under constrained budgets": a gerund or participle after a
     * preposition is a verb.
     */
    private static boolean isClauseGerund(List<Token> t, int k) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        boolean verbal = w.endsWith("ing") || w.endsWith("ed") && t.get(k).is("VERB", "ADJ");
        return verbal && k > 0 && t.get(k - 1).is("ADP", "SCONJ", "ADV") && k + 1 < t.size()
                && !t.get(k + 1).is("PUNCT", "ADP", "CCONJ");
    }

    static boolean isPluralLooking(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is")
                && Character.isLowerCase(w.charAt(0)) && !l.endsWith("ics");
    }

    /** A noun-tagged "-s" word followed by what follows verbs ("field involves designing", "methods aim to"). */
    private boolean isMistaggedVerb(List<Token> t, int k) {
        Token tok = t.get(k);
        if (!tok.is("NOUN") || !isPluralLooking(tok.text()) || k + 1 >= t.size()) {
            return false;
        }
        if (k > 0 && (t.get(k - 1).isNoun() || t.get(k - 1).is("ADJ")) && lexicon.isVerb(tok.text())) {
            return true;
        }
        return t.get(k + 1).is("DET", "PRON", "ADV", "PART", "NUM")
                || t.get(k + 1).is("ADJ") && k > 0 && t.get(k - 1).isNoun();
    }

    private void addPhrases(List<Token> t, int from, int to, Set<String> names, boolean example,
            List<Phrase> out) {
        int start = from;
        while (start < to - 1 && (lexicon.isGenericModifier(t.get(start).text()) || isNumberLike(t.get(start))
                || isGenericAt(t, start) || isGenericCompound(t.get(start).text()))) {
            boolean quantity = isNumberLike(t.get(start)) && !t.get(start).text().contains("-")
                    || lexicon.isGenericModifier(t.get(start).text()) && start + 2 < to
                    && lexicon.isGenericHead(singularLower(t.get(start + 1).text()));
            start++;
            // "900M parameter model", "high quality word vectors": the next word goes with the one dropped.
            if (quantity && start < to - 1 && (t.get(start).is("NOUN") || !isNumberLike(t.get(start - 1)))) {
                start++;
            }
        }
        if (start == to - 1 && (lexicon.isGenericModifier(t.get(start).text()) || isNumberLike(t.get(start)))) {
            return;
        }
        int end = to;
        String last = singularLower(t.get(end - 1).text());
        boolean genericHead = end - start >= 2 && lexicon.isGenericHead(last)
                && !isNamedModifier(t.get(end - 2).text(), names);
        if (end - start >= 2 && (lexicon.isContainerHead(last) || genericHead)) {
            end--;
            while (end > start && !isHead(t, end - 1, names)) {
                end--;
            }
            if (end == start) {
                return;
            }
        }
        int length = end - start;
        int namePrefix = namePrefixEnd(t, start, end, names);
        if (namePrefix > 0) {
            // "decoder-only Transformer language model": the term is the named thing, the rest says what it is.
            out.add(new Phrase(start, namePrefix, Phrase.Kind.NAME_PREFIX, example));
        } else if (length <= MAX_WORDS) {
            out.add(new Phrase(start, end, Phrase.Kind.MAXIMAL, example));
        }
        for (int k = Math.max(start + 1, end - 4); k < end - 1; k++) {
            if (!lexicon.isGenericModifier(t.get(k).text()) && !isNumberLike(t.get(k))) {
                out.add(new Phrase(k, end, Phrase.Kind.NESTED, example));
            }
        }
        // Prefixes ending in a noun ("model selection" in "model selection criteria"): a term only if it recurs.
        for (int k = end - 1; k >= start + 2; k--) {
            if (t.get(k - 1).isNoun() && k - start <= 4) {
                out.add(new Phrase(start, k, Phrase.Kind.NESTED, example));
            }
        }
    }

    /** The end of the phrase cut after a name followed only by common nouns, or 0. */
    private int namePrefixEnd(List<Token> t, int start, int end, Set<String> names) {
        for (int k = start + 1; k < end - 1; k++) {
            String w = t.get(k).text();
            if (isNameWord(t, k, names) && !isAdjectival(w) && w.chars().filter(Character::isLetter).count() > 2
                    && allCommonAfter(t, k + 1, end, names)
                    && Character.isLowerCase(t.get(start).text().charAt(0))
                    && (t.get(start).is("ADJ") || t.get(start).text().contains("-"))) {
                return k + 1;
            }
        }
        return 0;
    }

    /** "Sum-of-Squares method", "Monte Carlo method": a name before a generic head makes it specific. */
    static boolean isNamedModifier(String w, Set<String> names) {
        boolean mixedCase = w.chars().anyMatch(Character::isUpperCase) && w.chars().anyMatch(Character::isLowerCase);
        return mixedCase && (w.contains("-") || names.contains(w) && !isAcronymLike(w));
    }

    /** "Bayesian", "Gaussian", "Atlantic": a name used as an adjective, not a thing named. */
    private static boolean isAdjectival(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("ian") || l.endsWith("ean") || l.endsWith("ic") || l.endsWith("al") || l.endsWith("ive");
    }

    /** "high-popularity", "low-quality", "well-known": a compound led by a generic modifier is one too. */
    private boolean isGenericCompound(String w) {
        int hyphen = w.indexOf('-');
        return hyphen > 0 && Set.of("high", "low", "well", "highly", "newly", "widely", "very")
                .contains(w.substring(0, hyphen).toLowerCase(Locale.ROOT));
    }

    /** Words like "etc" at the start. */
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
        if (!isWordToken(tok) || lexicon.isStopWord(tok.text())
                || CLAUSE_VERBS.contains(tok.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (isMistaggedVerb(t, k)) {
            return false;
        }
        if (isHead(t, k, names) || tok.is("ADJ")) {
            return true;
        }
        String w = tok.text().toLowerCase(Locale.ROOT);
        // "sparse/NOUN mean/VERB estimation/NOUN", "protein-ligand binding/VERB affinity": a bare verb or a gerund
        // between a singular noun and a noun is a noun.
        if (tok.is("VERB") && k > 0 && k + 1 < t.size() && t.get(k + 1).is("NOUN")
                && (t.get(k - 1).is("NOUN", "ADJ") && !isPluralLooking(t.get(k - 1).text()))
                && !w.endsWith("s") && !w.endsWith("ed")) {
            return true;
        }
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
        // "machine learning", "masked modeling": a gerund of the field's vocabulary closes a compound.
        return tok.is("VERB") && w.endsWith("ing") && lexicon.isFieldWord(w) && k > 0
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
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && FUNCTION_ENDINGS.contains(w.substring(hyphen + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return w.chars().anyMatch(Character::isLetter);
    }

    /** "stateof-the", "on-the": a hyphenated piece ending in a function word is a typo or a fragment. */
    private static final Set<String> FUNCTION_ENDINGS = Set.of("the", "of", "a", "an", "and", "or", "to", "in");

    /** "176B-parameter", "3-dimensional", "10-fold", "900M": a quantity, not part of a term. */
    private static boolean isNumberLike(Token tok) {
        String w = tok.text();
        boolean digits = w.chars().anyMatch(Character::isDigit);
        return Character.isDigit(w.charAt(0)) && !isAcronymLike(w) || digits && w.split("-").length >= 3;
    }

    private static String singularLower(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("s") && !l.endsWith("ss") ? l.substring(0, l.length() - 1) : l;
    }
}
