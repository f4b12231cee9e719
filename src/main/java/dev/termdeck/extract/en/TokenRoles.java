package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The role of each token of a tagged sentence in the noun-phrase grammar of {@link NounPhrases}: whether it can end a
 * noun phrase (a head: a noun, a name, a gerund closing a compound) and whether it can stand inside one (a modifier:
 * a head, an adjective, a participle before a noun, a number inside a name, an eponym). Words, stop words, verbs the
 * tagger took for nouns (see {@link VerbReadings}) and fragments are neither. Stateless apart from the immutable
 * lexicon; thread-safe.
 */
final class TokenRoles {
    /**
     * The roles of a sentence's tokens, by index.
     *
     * @param head     tokens that can end a noun phrase
     * @param modifier tokens that can stand inside one
     */
    record Roles(boolean[] head, boolean[] modifier) {
    }

    private final EnglishLexicon lexicon;
    private final VerbReadings verbs;

    TokenRoles(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
        this.verbs = new VerbReadings(lexicon);
    }

    /**
     * The roles of the tokens {@code t}.
     *
     * @param names words written with a capital inside a sentence somewhere in the document (treated as names)
     */
    Roles of(List<Token> t, Set<String> names) {
        // Each token's role is decided once: the phrase grammar looks at most tokens several times.
        // (The word-list look-ups that both roles ask about are made once per token, in excluded.)
        boolean[] excluded = new boolean[t.size()];
        boolean[] head = new boolean[t.size()];
        boolean[] modifier = new boolean[t.size()];
        for (int k = 0; k < t.size(); k++) {
            excluded[k] = isExcluded(t.get(k));
            head[k] = !excluded[k] && isHead(t, k, names);
        }
        for (int k = 0; k < t.size(); k++) {
            modifier[k] = isModifier(t, k, head, excluded);
        }
        return new Roles(head, modifier);
    }

    /** A token that can stand inside a noun phrase ({@code head}: which tokens can end one). */
    private boolean isModifier(List<Token> t, int k, boolean[] head, boolean[] excluded) {
        Token tok = t.get(k);
        if (isNameNumber(t, k) || isEponym(t, k)) {
            return true;
        }
        if (excluded[k]) {
            return false;
        }
        boolean inName = Character.isUpperCase(tok.text().charAt(0)) && k + 1 < t.size()
                && Character.isUpperCase(t.get(k + 1).text().charAt(0));
        if (VerbReadings.isClauseVerb(tok.text().toLowerCase(Locale.ROOT)) && !inName && !isGerundAfterNoun(t, k)) {
            // "Named Entity Recognition": a participle written with a capital before a capital is part of a name.
            return false;
        }
        if (verbs.isMistaggedVerb(t, k) || VerbReadings.isFiniteParticiple(t, k) || verbs.isInfinitive(t, k)) {
            return false;
        }
        if (head[k] || tok.is("ADJ") || tok.is("NOUN") && lexicon.isOnlyAdjective(tok.text())) {
            return true;
        }
        String w = tok.text().toLowerCase(Locale.ROOT);
        // "sparse/NOUN mean/VERB estimation/NOUN", "protein-ligand binding/VERB affinity": a bare verb or a gerund
        // between a singular noun and a noun is a noun.
        if (tok.is("VERB") && k > 0 && k + 1 < t.size() && t.get(k + 1).is("NOUN")
                && (t.get(k - 1).is("NOUN", "ADJ") && !Words.isPluralLooking(t.get(k - 1).text()))
                && !w.endsWith("s") && !w.endsWith("ed")) {
            return true;
        }
        return tok.is("VERB") && (w.endsWith("ed") || w.endsWith("en")) && !VerbReadings.isClauseVerb(w)
                && k + 1 < t.size() && (t.get(k + 1).isNoun() || t.get(k + 1).is("ADJ"));
    }

    /** "Claude 3.5 Sonnet", "Llama 3 Instruct": a number between two words written with a capital is in a name. */
    static boolean isNameNumber(List<Token> t, int k) {
        return k > 0 && k + 1 < t.size() && isDecimal(t.get(k).text())
                && Character.isUpperCase(t.get(k - 1).text().charAt(0))
                && Character.isUpperCase(t.get(k + 1).text().charAt(0)) && Words.isWordToken(t.get(k + 1));
    }

    /** Digits, or digits, a point and digits ("3", "3.5"; ASCII digits, as the regular expression {@code \\d}). */
    private static boolean isDecimal(String w) {
        int i = 0;
        while (i < w.length() && isAsciiDigit(w.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == w.length()) {
            return true;
        }
        if (w.charAt(i) != '.' || i + 1 == w.length()) {
            return false;
        }
        for (int j = i + 1; j < w.length(); j++) {
            if (!isAsciiDigit(w.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "Alzheimer's disease", "Newton's method": a capitalised possessive before a noun names the thing. */
    private boolean isEponym(List<Token> t, int k) {
        String w = t.get(k).text();
        if (k + 1 >= t.size() || !PhraseForms.isPossessive(w) || w.length() <= 4) {
            return false;
        }
        String name = w.substring(0, w.length() - 2);
        // "REMEDI's effectiveness" is a possessive, not a name: an eponym is a person's name, written with one
        // capital, before a head that is no generic word.
        return Character.isUpperCase(name.charAt(0)) && name.substring(1).chars().allMatch(Character::isLowerCase)
                && t.get(k + 1).isNoun() && !lexicon.isGenericHead(Words.singularLower(t.get(k + 1).text()));
    }

    /** "A/B test" gives "B test"; "op-timization": a lone letter, or a word split by a line-end hyphen. */
    private boolean isFragment(Token tok) {
        String w = tok.text();
        if (w.length() == 1) {
            return true;
        }
        int hyphen = w.indexOf('-');
        if (hyphen <= 0 || hyphen != w.lastIndexOf('-') || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        String left = w.substring(0, hyphen);
        String right = w.substring(hyphen + 1);
        String joined = left + right;
        return lexicon.level(joined) < EnglishLexicon.RARE && lexicon.level(right) == EnglishLexicon.RARE
                && left.length() <= 4;
    }

    /** A token in no noun phrase: no word, a stop word ("etc"), a verb the tagger took for a noun, a fragment. */
    private boolean isExcluded(Token tok) {
        return !Words.isWordToken(tok) || lexicon.isStopWord(tok.text()) || verbs.isVerbWord(tok) || isFragment(tok);
    }

    /**
     * A token that can end a noun phrase: a noun, a name, or a gerund inside a compound ("machine learning"); asked
     * only of tokens that are not {@link #isExcluded}.
     */
    private boolean isHead(List<Token> t, int k, Set<String> names) {
        Token tok = t.get(k);
        // "semilinear parabolic (problems)": a word WordNet knows only as an adjective ends no noun phrase, whatever
        // the tagger made of it.
        String word = tok.text();
        if (Character.isLowerCase(word.charAt(0)) && !word.contains("-") && lexicon.isOnlyAdjective(word)
                && !isGerundAfterNoun(t, k)) {
            return false;
        }
        if (tok.isNoun() || isNameWord(t, k, names)) {
            return !tok.text().equalsIgnoreCase("etc");
        }
        if (isGerundAfterNoun(t, k)) {
            return true;
        }
        String w = tok.text().toLowerCase(Locale.ROOT);
        // "machine learning", "masked modeling": a gerund of the field's vocabulary closes a compound.
        return tok.is("VERB") && w.endsWith("ing") && lexicon.isFieldWord(w) && k > 0
                && (t.get(k - 1).isNoun() || t.get(k - 1).is("ADJ"));
    }

    /**
     * "via continuous and discrete flow matching.", "flow matching is": an -ing word right after a singular noun and
     * right before a punctuation mark, an auxiliary or the end takes no object, so it is no verb of a clause
     * ({@link VerbReadings#isClauseVerb}) but the gerund that closes the compound, whatever the tagger made of it
     * and though WordNet lists "matching" only as an adjective; without it the phrase would stop at "discrete flow",
     * which names nothing.
     */
    private static boolean isGerundAfterNoun(List<Token> t, int k) {
        String w = t.get(k).text();
        if (k == 0 || !t.get(k).is("NOUN", "VERB") || !w.endsWith("ing") || w.length() < 6
                || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        Token before = t.get(k - 1);
        boolean last = k + 1 == t.size() || t.get(k + 1).is("PUNCT") && !t.get(k + 1).text().equals("-")
                || t.get(k + 1).is("AUX");
        return last && before.is("NOUN") && Character.isLowerCase(before.text().charAt(0))
                && !Words.isPluralLooking(before.text());
    }

    /** A name: written with a capital inside a sentence in this document, or an acronym ("BLOOM", "PopQA"). */
    static boolean isNameWord(List<Token> t, int k, Set<String> names) {
        String w = t.get(k).text();
        return Words.isAcronymLike(w) || names.contains(w) && !t.get(k).is("PRON", "DET", "ADP", "CCONJ", "SCONJ");
    }
}
